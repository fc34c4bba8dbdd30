// Offline and installable: the service worker (sw.js) precaches the build, the app then
// starts and computes with no network, a new build is offered without losing the answers
// in memory, Chromium finds the app installable, and the privacy tripwires see the
// worker's own requests (with a negative control: a worker that contacts another origin).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { serve, ready, axe, formatViolations, screenshot, strayRequests, withBrowser, DIST } from './lib.mjs';
import { walk } from '../../scripts/walk.mjs';

const NL = { locale: 'nl-NL' };
const TV = '#/transitievergoeding?start=2015-03-01&einde=2026-02-28&loon=4000';

/** Wait until a service worker controls the page and its precache is complete. */
async function controlled(page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker && navigator.serviceWorker.controller), null, { timeout: 30000 });
  return page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('spoorwijzer:')));
    return { keys, entries: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
}

/** A copy of dist/ that a test may change (a "deployment"). */
function copyDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-dist-'));
  fs.cpSync(DIST, dir, { recursive: true });
  return dir;
}

/**
 * Run `body(b, server)` with a new browser (`launchOptions`) on a server of `dir` (dist/
 * unless given; `extra` as for `serve`), and close both afterwards.
 */
async function withApp({ dir = DIST, extra, launchOptions } = {}, body) {
  const server = await serve(dir, extra);
  try {
    await withBrowser(launchOptions, (b) => body(b, server));
  } finally {
    await server.close();
  }
}

/** The same on a copy of dist/ (`body(b, server, dir)`), removed afterwards. */
async function withDeployment(launchOptions, body) {
  const dir = copyDist();
  try {
    await withApp({ dir, launchOptions }, (b, server) => body(b, server, dir));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Open `url` and wait until the service worker controls the page: its caches. */
async function openControlled(b, url) {
  await b.page.goto(url);
  await ready(b.page);
  return controlled(b.page);
}

let other; // another origin that must never be contacted
let otherHits = 0;
before(async () => {
  other = await new Promise((resolve) => {
    const s = http.createServer((req, res) => { otherHits++; res.writeHead(200, { 'content-type': 'text/plain' }); res.end('x'); });
    s.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${s.address().port}`, close: () => new Promise((r) => { s.close(r); s.closeAllConnections(); }) }));
  });
});
after(async () => { await other.close(); });

test('after one visit, the app starts and computes with the server stopped and the browser offline', async () => {
  await withApp({ launchOptions: NL }, async (b, server) => {
    const cache = await openControlled(b, `${server.url}/`);
    const built = walk(DIST).filter((n) => !/\.(br|gz)$/.test(n) && !['sw.js', 'index.html', 'embed.js'].includes(n));
    assert.ok(built.includes('content/nl/poortwachter.json'), 'the kennisbank\'s data files are part of the build');
    for (const f of built) assert.ok(cache.entries.includes(`/${f}`), `precached: ${f}`);
    assert.ok(cache.entries.includes('/'), 'precached: the page itself');
    // The calculator online, for comparison.
    await b.page.goto(`${server.url}/${TV}`);
    await ready(b.page);
    await b.page.waitForSelector('#tv-amount');
    const online = (await b.page.textContent('#tv-amount')).trim();

    await server.close();
    await b.context.setOffline(true);
    const gone = await b.page.evaluate((u) => fetch(u, { cache: 'no-store' }).then(() => 'reached', () => 'unreachable'), `${server.url}/nothing-here`);
    assert.equal(gone, 'unreachable', 'the server is really gone');

    await b.page.goto(`${server.url}/`);
    await ready(b.page);
    assert.equal(await b.page.textContent('#sw-main-heading'), 'Ziek, ontslag of re-integratie: wat betekent het voor jou?');
    await b.page.reload();
    await ready(b.page);
    assert.equal(await b.page.textContent('#sw-main-heading'), 'Ziek, ontslag of re-integratie: wat betekent het voor jou?');
    await b.page.goto(`${server.url}/${TV}`);
    await ready(b.page);
    await b.page.waitForSelector('#tv-amount');
    assert.equal((await b.page.textContent('#tv-amount')).trim(), online, 'the calculator computes offline');
    await screenshot(b.page, 'offline-transitievergoeding');
    assert.deepEqual(b.pageErrors, []);
    const probe = (r) => r.url.endsWith('/nothing-here'); // the test's own check above
    assert.deepEqual(strayRequests(b.requests.filter((r) => !probe(r)), server.url), []);
    assert.deepEqual(b.violations, []);
  });
});

test('a new build is offered as an update; the answers stay in memory until the person reloads', async () => {
  await withDeployment(NL, async (b, server, dir) => {
    const first = await openControlled(b, `${server.url}/#/vraag/rol`);
    // Answer the first question.
    await b.page.check('input[name=antwoord][value=werknemer]');
    await b.page.click('form button[type=submit]');
    await b.page.waitForFunction(() => location.hash === '#/vraag/ziek_nu');
    await ready(b.page);
    assert.equal(await b.page.isVisible('.sw-update'), false, 'no notice before there is a new build');

    // Deploy a changed build into the served folder: a changed stylesheet and its worker.
    const css = path.join(dir, 'base.css');
    fs.appendFileSync(css, '\n/* a new build */\n');
    for (const ext of ['.br', '.gz']) fs.rmSync(css + ext, { force: true });
    const sw = path.join(dir, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '([^']+)'/, "const VERSION = 'newbuild$1'"));
    for (const ext of ['.br', '.gz']) fs.rmSync(sw + ext, { force: true });

    // The browser looks for a new worker on navigations and when the tab becomes visible;
    // ask it now.
    await b.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await b.page.waitForSelector('.sw-update', { timeout: 30000 });
    const notice = await b.page.textContent('#sw-update');
    assert.match(notice, /Er is een nieuwe versie/);
    assert.deepEqual(formatViolations(await axe(b.page)), '', 'axe with the update notice');
    await screenshot(b.page, 'update-notice');

    // Nothing reloaded by itself: the answer is still in memory.
    await b.page.goBack();
    await b.page.waitForFunction(() => location.hash === '#/vraag/rol');
    await ready(b.page);
    assert.equal(await b.page.isChecked('input[name=antwoord][value=werknemer]'), true, 'the answer is still there');
    assert.ok(await b.page.isVisible('.sw-update'), 'the notice stays until the person chooses');
    const stillOld = await b.page.evaluate(() => caches.keys());
    assert.ok(stillOld.includes(first.keys[0]), 'the old version keeps serving until the reload');

    // "Later" hides it; the answer is still there.
    await b.page.click('#sw-update-later');
    assert.equal(await b.page.isVisible('.sw-update'), false);
    assert.equal(await b.page.isChecked('input[name=antwoord][value=werknemer]'), true);

    // When the person chooses to reload, the new build takes over and the old cache goes.
    await b.page.evaluate(() => window.dispatchEvent(new Event('spoorwijzer:reload')));
    await b.page.waitForFunction((old) => caches.keys().then((k) => !k.includes(old) && k.some((x) => x.startsWith('spoorwijzer:/:newbuild'))), first.keys[0], { timeout: 30000 });
    await ready(b.page);
    const css2 = await b.page.evaluate(() => fetch('base.css').then((r) => r.text()));
    assert.match(css2, /a new build/, 'the new build is served');
    assert.deepEqual(b.pageErrors, []);
    assert.deepEqual(strayRequests(b.requests, server.url), []);
    assert.deepEqual(b.violations, []);
  });
});

test('the update notice in English, and its reload button', async () => {
  await withDeployment({}, async (b, server, dir) => {
    await openControlled(b, `${server.url}/?lang=en#/`);
    const sw = path.join(dir, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '([^']+)'/, "const VERSION = 'second$1'"));
    for (const ext of ['.br', '.gz']) fs.rmSync(sw + ext, { force: true });
    await b.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await b.page.waitForSelector('.sw-update', { timeout: 30000 });
    assert.match(await b.page.textContent('#sw-update'), /A new version is available/);
    assert.deepEqual(formatViolations(await axe(b.page)), '', 'axe with the update notice (en)');
    await Promise.all([
      b.page.waitForEvent('load', { timeout: 30000 }),
      b.page.click('#sw-update-reload'),
    ]);
    await ready(b.page);
    assert.equal(await b.page.isVisible('.sw-update'), false, 'after the reload the new build runs, with no notice');
    const keys = await b.page.evaluate(() => caches.keys());
    assert.ok(keys.some((k) => k.startsWith('spoorwijzer:/:second')), `the new cache: ${keys}`);
    assert.equal(keys.filter((k) => k.startsWith('spoorwijzer:')).length, 1, 'one cache left');
    assert.deepEqual(b.pageErrors, []);
  });
});

test('installable: Chromium reports no installability errors', async () => {
  await withApp({ launchOptions: NL }, async (b, server) => {
    await openControlled(b, `${server.url}/`);
    const cdp = await b.context.newCDPSession(b.page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, [], 'the manifest parses without errors');
    const parsed = JSON.parse(manifest.data);
    for (const key of ['name', 'short_name', 'start_url', 'scope', 'display', 'theme_color', 'background_color']) {
      assert.ok(parsed[key], `manifest has ${key}`);
    }
    const sizes = parsed.icons.map((i) => `${i.sizes} ${i.type} ${i.purpose || 'any'}`);
    assert.ok(sizes.includes('192x192 image/png any'));
    assert.ok(sizes.includes('512x512 image/png any'));
    assert.ok(sizes.includes('512x512 image/png maskable'));
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    // Each icon is a real PNG of the size it claims.
    for (const icon of parsed.icons.filter((i) => i.type === 'image/png')) {
      const size = await b.page.evaluate((src) => new Promise((resolve) => {
        const img = new Image();
        img.onload = () => resolve(`${img.naturalWidth}x${img.naturalHeight}`);
        img.onerror = () => resolve('broken');
        img.src = src;
      }), icon.src);
      assert.equal(size, icon.sizes, icon.src);
    }
  });
});

test('privacy tripwires with the worker installed: its requests are seen, same-origin and known', async () => {
  await withApp({ launchOptions: NL }, async (b, server) => {
    await openControlled(b, `${server.url}/`);
    const fromWorker = b.requests.filter((r) => r.worker);
    assert.ok(fromWorker.length > 0, 'the recorder sees the service worker\'s own requests');
    assert.ok(fromWorker.some((r) => r.url.endsWith('/icon-maskable-512.png')), 'including its precache (a file only the worker asks for)');
    // Walk the app with the worker in control, both languages.
    for (const url of ['/', '/#/privacy', `/${TV}`, '/#/tijdlijn', '/#/vraag/rol', '/?lang=en#/', '/?lang=en#/inkomen']) {
      await b.page.goto(`${server.url}${url}`);
      await ready(b.page);
    }
    await b.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await b.page.waitForTimeout(500);
    assert.ok(b.requests.some((r) => r.url.endsWith('/sw.js')), 'the update check is seen too');
    assert.deepEqual(strayRequests(b.requests, server.url), []);
    assert.deepEqual(b.violations, []);
    assert.equal(otherHits, 0);
    assert.deepEqual(b.pageErrors, []);
  });
});

test('negative control: a service worker that contacts another origin is caught by the recorder', async () => {
  const bad = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8').replace(
    "self.addEventListener('install', (event) => {",
    `self.addEventListener('install', (event) => {\n  event.waitUntil(fetch('${other.url}/leak?from=worker', { mode: 'no-cors' }).catch(() => {}));`,
  );
  assert.notEqual(bad, fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8'), 'the worker was changed');
  const extra = { '/sw.js': ['text/javascript; charset=utf-8', bad] };
  await withApp({ extra, launchOptions: NL }, async (b, server) => {
    const before = otherHits;
    await openControlled(b, `${server.url}/`);
    await b.page.waitForFunction(() => true);
    for (let i = 0; i < 50 && otherHits === before; i++) await b.page.waitForTimeout(100);
    assert.ok(otherHits > before, 'the bad worker really contacted the other origin');
    const stray = strayRequests(b.requests, server.url);
    assert.equal(stray.length, 1, `the recorder caught the worker's request: ${JSON.stringify(stray)}`);
    assert.match(stray[0].url, /\/leak\?from=worker$/);
    assert.equal(stray[0].worker, true, 'and knows it came from the service worker');
  });
});
