// The kennisbank on the release build: every explanation page in Dutch and English with
// its date and sources, the comparison page, the glossary filter by keyboard, deep links
// to a term, 320 px without horizontal scrolling, axe-core on every page, and the privacy
// tripwires across all of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, ready, axe, formatViolations, screenshot, assertCleanRun, atViewport, horizontalOverflow, openTermByKeyboard } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

/** Load a route fresh (a full load, so no state from the previous page remains). */
async function open(page, lang, hash) {
  await page.goto('about:blank');
  await page.goto(`${server.url}/?lang=${lang}#${hash}`);
  await ready(page);
}

const LABELS = {
  nl: { updated: /Bijgewerkt op \d{1,2} \w+ 20\d\d/, sources: 'Bronnen', external: '(externe website)', count: /^(\d+) begrip(pen)? gevonden$/ },
  en: { updated: /Updated on \d{1,2} \w+ 20\d\d/, sources: 'Sources', external: '(external website)', count: /^(\d+) terms? found$/ },
};

/** The explanation pages as the index lists them: [{ href, title }]. */
async function indexEntries(page, lang) {
  await open(page, lang, '/uitleg');
  return page.$$eval('.sw-kb-index__link', (as) => as.map((a) => ({ href: a.getAttribute('href'), title: a.textContent.trim() })));
}

for (const lang of ['nl', 'en']) {
  test(`every explanation page renders in ${lang} with its date, sources and no axe violations`, async () => {
    const { page } = browser;
    const entries = await indexEntries(page, lang);
    assert.equal(entries.length, 7, 'the index lists all seven pages');
    assert.ok(await page.$('a[href="#/begrippen"]'), 'the index links to the glossary');
    assert.deepEqual(formatViolations(await axe(page)), '');
    await screenshot(page, `uitleg-index-${lang}`);
    for (const { href, title } of entries) {
      assert.match(href, /^#\/uitleg\/[a-z0-9-]+$/);
      await open(page, lang, href.slice(1));
      assert.equal((await page.textContent('h1')).trim(), title, href);
      assert.equal(await page.title(), `${title} - Spoorwijzer`);
      const updated = await page.textContent('.sw-kb-updated');
      assert.match(updated, LABELS[lang].updated, `${href}: date`);
      assert.match(await page.getAttribute('.sw-kb-updated time', 'datetime'), /^20\d\d-\d\d-\d\d$/);
      assert.equal((await page.textContent('#sw-kb-sources')).trim(), LABELS[lang].sources);
      const sources = await page.$$eval('.sw-kb-sources a', (as) => as.map((a) => ({ href: a.href, rel: a.rel, text: a.textContent })));
      assert.ok(sources.length >= 2, `${href}: at least two sources`);
      for (const s of sources) {
        assert.match(s.href, /^https?:\/\//, `${href}: ${s.href}`);
        assert.equal(s.rel, 'noopener noreferrer');
        assert.ok(s.text.includes(LABELS[lang].external), 'a hidden hint says the link leaves the site');
      }
      // Every external link in the body too.
      const rels = await page.$$eval('main a[href^="http"]', (as) => as.map((a) => a.rel));
      assert.ok(rels.every((r) => r === 'noopener noreferrer'));
      // Every internal link goes to a route of the app.
      const internal = await page.$$eval('main a[href^="#"]', (as) => as.map((a) => a.getAttribute('href')));
      assert.ok(internal.every((h) => h.startsWith('#/')), internal.join(' '));
      assert.deepEqual(formatViolations(await axe(page)), '', `${href} (${lang})`);
      await screenshot(page, `uitleg-${href.split('/').pop()}-${lang}`);
    }
  });
}

test('a page shows its table with caption and scopes, its callouts with a heading, and the comparison embed', async () => {
  const { page } = browser;
  await open(page, 'nl', '/uitleg/poortwachter');
  const table = await page.$eval('.sw-kb table', (t) => ({
    caption: t.caption?.textContent || '',
    cols: t.querySelectorAll('thead th[scope="col"]').length,
    rows: t.querySelectorAll('tbody th[scope="row"]').length,
  }));
  assert.ok(table.caption.length > 0 && table.cols === 3 && table.rows >= 8, JSON.stringify(table));
  const region = await page.$eval('.sw-table-scroll', (d) => ({ role: d.getAttribute('role'), tab: d.tabIndex, label: document.getElementById(d.getAttribute('aria-labelledby'))?.textContent }));
  assert.deepEqual(region, { role: 'region', tab: 0, label: table.caption });
  const callouts = await page.$$eval('.sw-callout', (cs) => cs.map((c) => c.querySelector('.sw-callout__title').textContent));
  // Announced changes come from the register, with their status as the visible title.
  assert.ok(callouts.includes('Onzeker') && callouts.includes('Let op: plan, nog geen wetsvoorstel'), callouts.join(', '));
  assert.ok(await page.$('[data-pending-law="poortwachter_kleine_werkgevers"]'));
  await open(page, 'nl', '/uitleg/spoor-1-spoor-2-outplacement');
  assert.match(await page.textContent('.sw-compare caption'), /Spoor 2 en outplacement vergeleken/);
});

test('a term in the text opens its definition in place by keyboard', async () => {
  const { page } = browser;
  await open(page, 'nl', '/uitleg/spoor-1-spoor-2-outplacement');
  const toggle = page.locator('.sw-term__toggle').first();
  await openTermByKeyboard(page, toggle);
  const def = page.locator('.sw-term__definition').first();
  assert.match(await def.textContent(), /Spoor 1: Re-integratie bij je eigen werkgever.+Bekijk in de begrippenlijst/);
  assert.equal(await def.locator('a').getAttribute('href'), '#/begrippen/spoor-1');
  assert.deepEqual(formatViolations(await axe(page)), '');
  await page.keyboard.press('Space');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('.sw-term__definition').count(), 0);
});

test('an internal link in the text is handled by the router', async () => {
  const { page } = browser;
  await open(page, 'nl', '/uitleg/spoor-1-spoor-2-outplacement');
  await page.click('main .sw-kb a[href="#/vergelijk"]');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Spoor 2 of outplacement?');
  assert.match(page.url(), /\?lang=nl#\/vergelijk$/, 'the app-wide query is kept');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'sw-main-heading');
});

for (const lang of ['nl', 'en']) {
  test(`#/vergelijk in ${lang}: heading, table, link to the spoor page, disclaimer, axe clean`, async () => {
    const { page } = browser;
    await open(page, lang, '/vergelijk');
    assert.match(await page.textContent('h1'), lang === 'nl' ? /Spoor 2 of outplacement\?/ : /Spoor 2 or outplacement\?/);
    assert.equal(await page.$$eval('.sw-compare thead th[scope="col"]', (t) => t.length), 3);
    assert.equal(await page.$$eval('.sw-compare tbody th[scope="row"]', (t) => t.length), 11);
    // The sources of the rows are listed under the table, as outbound links.
    const sources = await page.$$eval('.sw-kb-sources a', (as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
    assert.ok(sources.length >= 8, `sources listed: ${sources.length}`);
    for (const [href, rel] of sources) {
      assert.match(href, /^https?:\/\//);
      assert.equal(rel, 'noopener noreferrer');
    }
    assert.match(await page.textContent('main'), /45 lid 1 sub j Ziektewet/);
    assert.ok(await page.$('a[href="#/uitleg/spoor-1-spoor-2-outplacement"]'));
    assert.match(await page.textContent('.sw-kb-disclaimer'), lang === 'nl' ? /geen juridisch advies/ : /not legal advice/);
    assert.deepEqual(formatViolations(await axe(page)), '');
    await screenshot(page, `vergelijk-${lang}`);
  });
}

test('the glossary filter works by keyboard and the live region follows', async () => {
  const { page } = browser;
  await open(page, 'nl', '/begrippen');
  const all = await page.locator('.sw-glossary__item').count();
  assert.ok(all >= 50, `${all} terms`);
  assert.equal(await page.textContent('#sw-glossary-count'), `${all} begrippen gevonden`);
  assert.equal(await page.getAttribute('#sw-glossary-count', 'aria-live'), 'polite');
  assert.deepEqual(formatViolations(await axe(page)), '');
  // Tab to the search box.
  let found = false;
  for (let i = 0; i < 30 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.id === 'sw-glossary-search');
  }
  assert.ok(found, 'the search box is reachable by Tab');
  await page.keyboard.type('wia');
  await page.waitForFunction((n) => document.querySelectorAll('.sw-glossary__item').length < n, all);
  const n = await page.locator('.sw-glossary__item').count();
  assert.ok(n > 0 && n < all, `${n} of ${all}`);
  const status = await page.textContent('#sw-glossary-count');
  const m = status.match(LABELS.nl.count);
  assert.ok(m, status);
  assert.equal(Number(m[1]), n, 'the live region says how many terms are shown');
  const names = await page.$$eval('.sw-glossary__term', (d) => d.map((x) => x.textContent));
  assert.equal(names[0], 'WIA', 'the best match comes first');
  // Something that matches nothing.
  await page.keyboard.type('qqq');
  await page.waitForFunction(() => document.querySelectorAll('.sw-glossary__item').length === 0);
  assert.equal(await page.textContent('#sw-glossary-count'), '0 begrippen gevonden');
  assert.match(await page.textContent('.sw-kb-no-results'), /Geen begrippen gevonden/);
  // Clear the box: everything is back.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction((n) => document.querySelectorAll('.sw-glossary__item').length === n, all);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'begrippen-nl');
});

test('the glossary in English filters too', async () => {
  const { page } = browser;
  await open(page, 'en', '/begrippen');
  assert.equal(await page.textContent('h1'), 'Glossary');
  await page.fill('#sw-glossary-search', 'transition');
  await page.waitForFunction(() => /^\d+ terms? found$/.test(document.querySelector('#sw-glossary-count').textContent) && document.querySelectorAll('.sw-glossary__item').length < 20);
  const slugs = await page.$$eval('.sw-glossary__item', (d) => d.map((x) => x.dataset.term));
  assert.ok(slugs.includes('transitievergoeding'), slugs.join(' '));
  assert.deepEqual(formatViolations(await axe(page)), '');
});

test('a deep link #/begrippen/<term> shows, highlights and focuses that term', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 1024, height: 600 });
  await open(page, 'nl', '/begrippen/xella');
  await page.waitForFunction(() => document.activeElement?.id === 'begrip-xella');
  const item = page.locator('#begrip-xella');
  assert.match(await item.getAttribute('class'), /sw-glossary__item--current/);
  assert.match(await item.textContent(), /Xella/);
  const inView = await page.evaluate(() => {
    const r = document.getElementById('begrip-xella').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
  assert.ok(inView, 'the term is scrolled into view');
  assert.equal(await item.locator('.sw-glossary__more a').getAttribute('href'), '#/uitleg/ziek-en-ontslag');
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'begrip-xella');
  // Following a term link from inside the app works as well.
  await open(page, 'nl', '/uitleg/spoor-1-spoor-2-outplacement');
  await page.locator('.sw-term__toggle').first().click();
  await page.click('.sw-term__definition a');
  await page.waitForFunction(() => document.activeElement?.id === 'begrip-spoor-1');
  await page.setViewportSize({ width: 1024, height: 800 });
});

test('unknown pages and terms get a helpful message', async () => {
  const { page } = browser;
  await open(page, 'nl', '/uitleg/bestaat-niet');
  assert.equal(await page.textContent('h1'), 'Deze uitleg bestaat niet');
  assert.equal(await page.locator('.sw-kb-index__link').count(), 7);
  assert.ok(await page.$('a[href="#/uitleg"]'));
  assert.deepEqual(formatViolations(await axe(page)), '');
  await open(page, 'en', '/begrippen/bestaat-niet');
  assert.match(await page.textContent('.sw-notice'), /The term ‘bestaat-niet’ is not in the list/);
  assert.ok(await page.locator('.sw-glossary__item').count() >= 50);
  assert.deepEqual(formatViolations(await axe(page)), '');
});

test('320 px wide: no horizontal page scroll on pages with tables or long words', async () => {
  const { page } = browser;
  await atViewport(page, { width: 320, height: 640 }, async () => {
    for (const lang of ['nl', 'en']) {
      for (const hash of ['/vergelijk', '/uitleg/poortwachter', '/uitleg/inkomen-en-verzekering', '/uitleg/situatieve-arbeidsongeschiktheid', '/uitleg', '/begrippen']) {
        await open(page, lang, hash);
        const overflow = await horizontalOverflow(page);
        assert.ok(overflow <= 0, `${hash} (${lang}) is ${overflow}px wider than the viewport`);
      }
    }
    await open(page, 'nl', '/vergelijk');
    // The table scrolls inside its own focusable box instead.
    const box = await page.$eval('.sw-table-scroll', (d) => ({ scrolls: d.scrollWidth > d.clientWidth, tab: d.tabIndex }));
    assert.deepEqual(box, { scrolls: true, tab: 0 });
    await page.focus('.sw-table-scroll');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.sw-table-scroll').scrollLeft > 0);
    assert.deepEqual(formatViolations(await axe(page)), '');
    await screenshot(page, 'vergelijk-320');
  });
});

test('privacy tripwires across all kennisbank pages: no stray requests, no CSP violations, no errors', () => {
  assert.ok(browser.requests.length > 0);
  assertCleanRun(browser, server.url, browser.requests.filter((r) => r.url !== 'about:blank'));
});
