// Reflow sweep (WCAG 2.2 SC 1.4.10) on the release build: every route, in Dutch and in
// English, in a 320 px wide window and in a 320 px wide iframe on a host page, has no
// page-level horizontal scrolling. Wide data tables may scroll inside their own focusable
// region; the page itself may not. The routes are the public list in EMBEDDING.md §6 (so
// a route added there is swept too), every interview question, and the calculators with a
// pre-filled result (both wage modes of the transitievergoeding form).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { serve, launch, ready, screenshot, strayRequests, ROOT } from './lib.mjs';

const guide = fs.readFileSync(path.join(ROOT, 'EMBEDDING.md'), 'utf8');
const listed = [...new Set([...guide.matchAll(/`#(\/[a-z0-9/_-]*)`/g)].map((m) => m[1]))];
const questions = fs.readFileSync(path.join(ROOT, 'core', 'src', 'flow', 'questions.rs'), 'utf8');
const questionIds = [...new Set([...questions.matchAll(/^\s+[A-Z]\w* => "([a-z0-9_]+)",$/gm)].map((m) => m[1]))];
const ROUTES = [
  ...listed,
  ...questionIds.map((q) => `/vraag/${q}`),
  '/transitievergoeding?start=2015-03-01&einde=2026-02-28&loon=4000&vakantiegeld=8&kosten=1500&eerste_ziektedag=2024-09-02',
  '/transitievergoeding?start=2015-03-01&einde=2026-02-28&uurloon=25.50&uren=38',
  '/tijdlijn?periode=2026-01-05..&periode=2025-03-03..2025-05-30&loonsanctie=4',
  '/inkomen?jaarloon=48000&ziek=2025-01-06&geboren=1970-05-01',
  '/tijdlijn?periode=2026-02-31..&x=1',
];

let app;
let host;
let browser;
let hostHtml = '';
before(async () => {
  assert.ok(listed.length > 40, `EMBEDDING.md lists ${listed.length} routes`);
  assert.ok(questionIds.includes('rol') && questionIds.length > 20, `${questionIds.length} question ids`);
  app = await serve();
  host = await new Promise((resolve) => {
    const s = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostHtml);
    });
    s.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${s.address().port}`, close: () => new Promise((r) => s.close(r)) }));
  });
  browser = await launch();
});
after(async () => { await browser.close(); await app.close(); await host.close(); });

/**
 * Go to a route by changing the fragment (as a link in the app does) and let it render. A
 * route may send on (the outcome without answers goes to the interview), so this waits
 * for rendering, not for the address.
 */
async function go(ctx, route) {
  await ctx.evaluate((h) => { location.hash = h; }, `#${route}`);
  await ctx.waitForSelector('#sw-main-heading');
  await ctx.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * How far the page scrolls sideways, and what sticks out: elements whose right edge passes
 * the viewport and that are not inside a region that scrolls on its own.
 */
function overflow(ctx) {
  return ctx.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const extra = root.scrollWidth - width;
    if (extra <= 0) return { extra, culprits: [] };
    const scrollsItself = (el) => {
      for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !scrollsItself(el))
      .filter((el, _, all) => !all.some((o) => o !== el && el.contains(o)))
      .slice(0, 4)
      .map((el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}> "${(el.textContent || '').trim().slice(0, 50)}" right=${Math.round(el.getBoundingClientRect().right)}`);
    return { extra, culprits };
  });
}

async function sweep(ctx, lang, where, failures) {
  for (const route of ROUTES) {
    await go(ctx, route);
    const o = await overflow(ctx);
    if (o.extra > 0) failures.push(`${where} ${lang} #${route}: ${o.extra}px too wide: ${o.culprits.join('; ')}`);
  }
}

test('every route in both languages in a 320 px window: no horizontal scrolling', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 320, height: 640 });
  const failures = [];
  try {
    for (const lang of ['nl', 'en']) {
      await page.goto('about:blank');
      await page.goto(`${app.url}/?lang=${lang}#/`);
      await ready(page);
      await sweep(page, lang, 'window', failures);
      await go(page, '/transitievergoeding?start=2015-03-01&einde=2026-02-28&uurloon=25.50&uren=38');
      await screenshot(page, `reflow-320-tv-hourly-${lang}`);
    }
  } finally {
    await page.setViewportSize({ width: 1024, height: 800 });
  }
  assert.deepEqual(failures, []);
});

test('every route in both languages in a 320 px iframe on a host page: no horizontal scrolling', async () => {
  const { page } = browser;
  const failures = [];
  for (const lang of ['nl', 'en']) {
    hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><h1>A narrow column</h1><iframe id="sw" src="${app.url}/?lang=${lang}#/" title="Spoorwijzer"
 style="width: 320px; height: 640px; border: 0; display: block"></iframe></body></html>`;
    await page.goto(`${host.url}/host.html`);
    const frame = await (await page.$('#sw')).contentFrame();
    await ready(frame);
    await sweep(frame, lang, 'iframe', failures);
  }
  await screenshot(page, 'reflow-iframe-320');
  assert.deepEqual(failures, []);
});

test('reflow sweep: only the app\'s own files, no CSP violations, no errors', () => {
  assert.deepEqual(browser.pageErrors, []);
  assert.deepEqual(browser.consoleErrors, []);
  assert.deepEqual(browser.violations, []);
  assert.deepEqual(strayRequests(browser.requests.filter((r) => !r.url.startsWith(host.url)), app.url), []);
});
