// The first screen at static speed, and never the wrong one.
//
// index.html carries the start page (`#/`, Dutch, no configuration) as HTML, rendered at
// build time by the app's own components (scripts/post-build.mjs). These tests read it
// before any script runs, compare it with what the app renders, and show that for any
// other route, language or configuration the first paint is never that Dutch page. The
// wasm is held back (its request gets no answer) so the page stays as it was first painted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, withBrowser, ready, screenshot, strayRequests, axe, formatViolations, DIST } from './lib.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

const NL = { locale: 'nl-NL', serviceWorkers: 'block' };

/** Hold every wasm request unanswered until `release()`: the app cannot start before it. */
async function holdWasm(page) {
  const held = [];
  await page.route('**/*.wasm', (route) => { held.push(route); });
  return {
    release: async () => {
      for (const r of held) await r.continue();
      await page.unroute('**/*.wasm');
    },
  };
}

/** Open `url` with the wasm held back (`holdWasm`), as far as the HTML: the app has not started. */
async function openHeld(page, url) {
  const wasm = await holdWasm(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return wasm;
}

/** What is painted while the app has not started. */
async function firstPaint(page) {
  return page.evaluate(() => {
    const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const h1 = document.querySelector('#sw-main-heading');
    return {
      started: !document.getElementById('app')?.hasAttribute('data-sw-prerendered'),
      staticPage: shown(h1),
      heading: shown(h1) ? h1.textContent : null,
      loading: shown(document.getElementById('sw-loading')),
      text: document.body.innerText,
    };
  });
}

/** The element tree under a node: tag, sorted attributes and text, adjacent texts joined. */
const TREE = `(root) => {
  const walk = (node) => {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1) return null;
    const kids = [];
    for (const c of node.childNodes) {
      const k = walk(c);
      if (k === null || k === '') continue;
      if (typeof k === 'string' && typeof kids[kids.length - 1] === 'string') kids[kids.length - 1] += k;
      else kids.push(k);
    }
    const attrs = [...node.attributes].map((a) => a.name + '=' + a.value).sort();
    return [node.tagName.toLowerCase(), attrs, kids];
  };
  return [...root.childNodes].map(walk).filter((k) => k !== null && k !== '');
}`;

test('the start page is in index.html before any script runs, and equals what the app renders', async () => {
  const res = await fetch(`${server.url}/`);
  const html = await res.text();
  // Read the HTML as it arrives, with no script at all.
  const b = await launch({ ...NL, javaScriptEnabled: false });
  let staticTree;
  let staticFacts;
  try {
    await b.page.setContent('<!doctype html><title>x</title>');
    ({ staticTree, staticFacts } = await b.page.evaluate(([source, tree]) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const app = doc.getElementById('app');
      const choices = [...doc.querySelectorAll('#app .sw-choices a.sw-choice')].map((a) => ({
        href: a.getAttribute('href'),
        title: a.querySelector('.sw-choice__title')?.textContent,
        hint: a.querySelector('.sw-choice__hint')?.textContent,
      }));
      return {
        staticTree: (0, eval)(tree)(app),
        staticFacts: {
          prerendered: app.hasAttribute('data-sw-prerendered') && app.hasAttribute('hidden'),
          heading: doc.querySelector('#app h1#sw-main-heading')?.textContent,
          choices,
          firstPaintBeforeBody: !!doc.head.querySelector('script[src="first-paint.js"]:not([type]):not([async]):not([defer])'),
        },
      };
    }, [html, TREE]));
  } finally {
    await b.close();
  }
  assert.equal(staticFacts.prerendered, true, 'index.html marks #app as prerendered');
  assert.equal(staticFacts.heading, 'Ziek, ontslag of re-integratie: wat betekent het voor jou?');
  assert.equal(staticFacts.choices.length, 4, 'four choices');
  assert.ok(staticFacts.firstPaintBeforeBody, 'first-paint.js is a synchronous script in <head>');

  // The app's own render of the same page.
  await withBrowser(NL, async (a) => {
    await a.page.goto(`${server.url}/`);
    await ready(a.page);
    const appFacts = await a.page.evaluate(() => ({
      heading: document.querySelector('#sw-main-heading')?.textContent,
      choices: [...document.querySelectorAll('#app .sw-choices a.sw-choice')].map((el) => ({
        href: el.getAttribute('href'),
        title: el.querySelector('.sw-choice__title')?.textContent,
        hint: el.querySelector('.sw-choice__hint')?.textContent,
      })),
    }));
    assert.equal(appFacts.heading, staticFacts.heading);
    assert.deepEqual(appFacts.choices, staticFacts.choices);
    const appTree = await a.page.evaluate(`(${TREE})(document.getElementById('app'))`);
    assert.deepEqual(appTree, staticTree, 'the static start page is exactly the app\'s first render');
    assert.deepEqual(a.pageErrors, []);
  });
});

test('the Dutch start page is painted before the app runs, and the app takes over without a layout shift', async () => {
  await withBrowser(NL, async (b) => {
    const wasm = await openHeld(b.page, `${server.url}/`);
    const painted = await firstPaint(b.page);
    assert.equal(painted.started, false, 'the app has not started');
    assert.equal(painted.staticPage, true, 'the static start page shows');
    assert.equal(painted.loading, false, '"wordt geladen" does not show beside it');
    await screenshot(b.page, 'first-paint-static-start');
    assert.deepEqual(formatViolations(await axe(b.page)), '', 'axe on the static start page');
    await b.page.evaluate(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts.push({ value: e.value, recent: e.hadRecentInput });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await wasm.release();
    await ready(b.page);
    await b.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shifts = await b.page.evaluate(() => window.__shifts);
    assert.deepEqual(shifts, [], 'CLS 0 when the app takes over');
    assert.equal(await b.page.textContent('#sw-main-heading'), painted.heading);
    assert.equal(await b.page.isVisible('#sw-loading'), false);
    assert.deepEqual(strayRequests(b.requests, server.url), []);
    assert.deepEqual(b.violations, []);
  });
});

const CONFIGURED = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8')
  .replace(/(<script[^>]*id=["']?spoorwijzer-config["']?[^>]*>)\{\}(<\/script>)/, '$1{"org":"Acme Zorg BV","accent":"#005ea5"}$2');

const NOT_THE_START_PAGE = [
  ['English by the link', '/?lang=en', {}],
  ['English by the browser', '/', { locale: 'en-US' }],
  ['another route', '/#/tijdlijn', {}],
  ['a question', '/#/vraag/rol', {}],
  ['an organisation in the link', '/?org=Acme%20Zorg%20BV', {}],
  ['an accent in the link', '/?accent=%23005ea5', {}],
  ['a tools list in the link', '/?tools=tijdlijn,uitleg', {}],
  ['a role in the link', '/?rol=werkgever', {}],
  ['the configuration block', 'CONFIGURED', {}],
];

test('for another route, language or configuration, the first paint is never the Dutch start page', async () => {
  assert.notEqual(CONFIGURED, fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'), 'the test page has a configuration');
  const custom = await serve(DIST, { '/': ['text/html; charset=utf-8', CONFIGURED], '/index.html': ['text/html; charset=utf-8', CONFIGURED] });
  try {
    for (const [label, url, options] of NOT_THE_START_PAGE) {
      await withBrowser({ ...NL, ...options }, async (b) => {
        await openHeld(b.page, url === 'CONFIGURED' ? `${custom.url}/` : `${server.url}${url}`);
        const painted = await firstPaint(b.page);
        assert.equal(painted.started, false, `${label}: the app has not started`);
        assert.equal(painted.staticPage, false, `${label}: the Dutch start page must not be painted`);
        assert.ok(!painted.text.includes('Waarmee kunnen we je helpen?'), `${label}: no Dutch start page text is visible`);
        assert.equal(painted.loading, true, `${label}: "wordt geladen" shows until the app runs`);
        await screenshot(b.page, `first-paint-not-start-${label.replace(/\W+/g, '-')}`);
      });
    }
  } finally {
    await custom.close();
  }
});

test('positive control: `?lang=nl` and a comment-only configuration still show the static start page', async () => {
  const commented = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8')
    .replace(/(<script[^>]*id=["']?spoorwijzer-config["']?[^>]*>)\{\}(<\/script>)/, '$1{"_comment":"nog niets ingesteld"}$2');
  const custom = await serve(DIST, { '/': ['text/html; charset=utf-8', commented], '/index.html': ['text/html; charset=utf-8', commented] });
  try {
    for (const url of [`${server.url}/?lang=nl`, `${server.url}/#/`, `${custom.url}/`]) {
      await withBrowser(NL, async (b) => {
        await openHeld(b.page, url);
        const painted = await firstPaint(b.page);
        assert.equal(painted.staticPage, true, `${url}: the static start page shows`);
      });
    }
  } finally {
    await custom.close();
  }
});

test('before the app runs, the static page\'s links and choices are honoured when it starts', async () => {
  // A role choice: the app starts on the next question with that role chosen.
  await withBrowser(NL, async (b) => {
    const wasm = await openHeld(b.page, `${server.url}/`);
    await b.page.click('text=Ik ben werkgever');
    await b.page.waitForFunction(() => location.hash === '#/vraag/ziek_nu');
    const painted = await firstPaint(b.page);
    assert.equal(painted.staticPage, false, 'the start page hides after a link is followed');
    assert.equal(painted.loading, true, 'and "wordt geladen" shows');
    await wasm.release();
    await ready(b.page);
    assert.equal(await b.page.evaluate(() => location.hash), '#/vraag/ziek_nu', 'the route the link chose');
    assert.equal(await b.page.getAttribute('#sw-main', 'data-sw-rol'), 'werkgever', 'the role that was chosen');
    assert.notEqual(await b.page.textContent('#sw-main-heading'), 'Ziek, ontslag of re-integratie: wat betekent het voor jou?');
  });

  // A tool link.
  await withBrowser(NL, async (b) => {
    const wasm = await openHeld(b.page, `${server.url}/`);
    await b.page.click('.sw-tool-links >> text=Transitievergoeding berekenen');
    await b.page.waitForFunction(() => location.hash === '#/transitievergoeding');
    await wasm.release();
    await ready(b.page);
    assert.ok(await b.page.isVisible('#tv-start-dag'), 'the calculator opens');
  });

  // The language switch: the app starts in English.
  await withBrowser(NL, async (b) => {
    const wasm = await openHeld(b.page, `${server.url}/`);
    await b.page.click('.sw-header__nav button');
    const painted = await firstPaint(b.page);
    assert.equal(painted.staticPage, false, 'the Dutch page hides at once');
    assert.match(b.page.url(), /\?lang=en/);
    await wasm.release();
    await ready(b.page);
    assert.equal(await b.page.textContent('#sw-main-heading'), 'Sick, dismissed or returning to work: what does it mean for you?');
    assert.equal(await b.page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(b.pageErrors, []);
  });
});
