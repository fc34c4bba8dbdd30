// The kennisbank as data files: an explanation page and the glossary's definitions are
// fetched from content/ when they are opened (not compiled into the wasm), they work
// offline after one visit (the service worker precaches them), and a fetch that fails
// shows a clear message with "Opnieuw proberen", never a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, withBrowser, ready, loaded, axe, formatViolations, screenshot, strayRequests, DIST } from './lib.mjs';

const NL = { locale: 'nl-NL' };
let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

/** The paths the page asked for (not the worker's precache). */
const fetched = (b) => b.requests.filter((r) => !r.worker).map((r) => new URL(r.url).pathname);

/** Wait until a service worker controls the page and has precached the build. */
async function controlled(page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker && navigator.serviceWorker.controller), null, { timeout: 30000 });
}

test('an explanation page and a glossary term load from their data files, in both languages', async () => {
  await withBrowser(NL, async (b) => {
    for (const lang of ['nl', 'en']) {
      await b.page.goto(`${server.url}/?lang=${lang}#/uitleg/poortwachter`);
      await ready(b.page);
      assert.ok(fetched(b).includes(`/content/${lang}/poortwachter.json`), `the page's file was fetched (${lang})`);
      assert.ok((await b.page.$$('.sw-kb h2')).length >= 3, 'its sections are shown');
      assert.ok((await b.page.$$('.sw-kb-sources a')).length >= 2, 'and its sources');

      await b.page.goto(`${server.url}/?lang=${lang}#/begrippen/wga`);
      await ready(b.page);
      assert.ok(fetched(b).includes(`/content/${lang}/begrippen.json`), `the glossary's file was fetched (${lang})`);
      const wga = await b.page.textContent('#begrip-wga .sw-glossary__definition');
      assert.match(wga, lang === 'nl' ? /gedeeltelijk arbeidsongeschikt/ : /partly unable to work/);
    }
    // Only the files asked for: opening one page does not fetch the others.
    assert.ok(!fetched(b).includes('/content/nl/ziek-en-ontslag.json'));
    assert.deepEqual(strayRequests(b.requests, server.url), []);
    assert.deepEqual(b.violations, []);
    assert.deepEqual(b.pageErrors, []);
  });
});

test('after one visit, pages and terms that were never opened load with the server stopped and the browser offline', async () => {
  const own = await serve();
  try {
    await withBrowser(NL, async (b) => {
      await b.page.goto(`${own.url}/`);
      await ready(b.page);
      await controlled(b.page);
      // The worker has the whole build, content/ included, once it controls the page.
      const cached = await b.page.evaluate(async () => {
        const keys = await caches.keys();
        const cache = await caches.open(keys.find((k) => k.startsWith('spoorwijzer:')));
        return (await cache.keys()).map((r) => new URL(r.url).pathname);
      });
      assert.ok(cached.includes('/content/nl/ziek-en-ontslag.json') && cached.includes('/content/en/begrippen.json'), cached.join(' '));

      await own.close();
      await b.context.setOffline(true);
      await b.page.goto(`${own.url}/#/uitleg/ziek-en-ontslag`);
      await ready(b.page);
      assert.equal(await b.page.$('.sw-load-failed'), null, 'no failure message');
      assert.ok((await b.page.$$('.sw-kb h2')).length >= 3, 'the page never opened before is shown offline');
      await screenshot(b.page, 'offline-uitleg');
      await b.page.goto(`${own.url}/?lang=en#/begrippen/xella`);
      await ready(b.page);
      assert.match(await b.page.textContent('#begrip-xella .sw-glossary__definition'), /Supreme Court/);
      assert.deepEqual(b.pageErrors, []);
      assert.deepEqual(strayRequests(b.requests, own.url), []);
    });
  } finally {
    await own.close();
  }
});

test('a fetch that fails says so plainly, and "Opnieuw proberen" loads the page', async () => {
  // Without a worker, so the test's router sees every request of the page.
  await withBrowser({ ...NL, serviceWorkers: 'block' }, async (b) => {
    await b.page.route('**/content/**', (route) => route.abort('internetdisconnected'));
    // A term on a question page: the message stands in the sentence, by the term.
    await b.page.goto(`${server.url}/?rol=werknemer#/vraag/ziek_nu`);
    await ready(b.page);
    await b.page.click('summary.sw-details__summary');
    const toggle = b.page.locator('.sw-related-terms__list .sw-term__toggle').first();
    await toggle.click();
    const inline = b.page.locator('.sw-term__definition .sw-load-failed');
    await inline.waitFor();
    assert.match(await inline.textContent(), /kon niet worden geladen/);
    assert.deepEqual(formatViolations(await axe(b.page)), '');

    await b.page.goto(`${server.url}/#/uitleg/transitievergoeding`);
    await ready(b.page);
    // The title and summary are known without the file; the body is replaced by the message.
    const file = JSON.parse(fs.readFileSync(path.join(DIST, 'content', 'nl', 'transitievergoeding.json'), 'utf8'));
    assert.equal((await b.page.textContent('h1')).trim(), file.title);
    assert.equal((await b.page.textContent('.sw-lead')).trim(), file.summary);
    const message = b.page.locator('.sw-load-failed[role=alert]');
    await message.waitFor();
    assert.match(await message.textContent(), /kon niet worden geladen.+internetverbinding.+Opnieuw proberen/);
    assert.equal(await b.page.$('.sw-kb'), null);
    assert.deepEqual(formatViolations(await axe(b.page)), '');
    await screenshot(b.page, 'uitleg-load-failed');

    // The network is back: trying again on the same page loads it.
    await b.page.unroute('**/content/**');
    await b.page.click('.sw-load-failed button');
    await b.page.waitForSelector('.sw-kb h2');
    await loaded(b.page);
    assert.equal(await b.page.$('.sw-load-failed'), null);
    assert.deepEqual(b.pageErrors, []);
  });
});
