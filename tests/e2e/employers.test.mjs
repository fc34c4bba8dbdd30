// For employers and embedders, on the release build: deep links read whenever they are
// opened (a second pre-filled link on the same tool replaces the inputs and the result,
// announced in a status region; Back returns to the previous result), also from a host
// page's links into an iframe; a Dutch batch file with Dutch headers and codes; the
// overview of every sick employee's deadlines with its calendar file (parsed: one event
// per employee and step); outbound links inside an iframe open outside the frame; axe on
// every new state; the privacy tripwires, also with a 1,000-employee file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { serve, launch, ready, axe, formatViolations, screenshot, strayRequests } from './lib.mjs';

let app; // the app, first port
let host; // a host page, second port
let browser;
let hostHtml = '';

before(async () => {
  app = await serve();
  host = await new Promise((resolve) => {
    const s = http.createServer((req, res) => {
      const p = new URL(req.url, 'http://x').pathname;
      if (p === '/host.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(hostHtml); return; }
      res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found');
    });
    s.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${s.address().port}`, close: () => new Promise((r) => s.close(r)) }));
  });
  browser = await launch();
});
after(async () => { await browser.close(); await app.close(); await host.close(); });

async function open(page, hash, lang = 'nl') {
  await page.goto('about:blank');
  await page.goto(`${app.url}/?lang=${lang}#${hash}`);
  await ready(page);
}

/** A host page with links into a named iframe (`sw`) and the iframe itself. */
function hostPage(src, links = [], width = '100%') {
  const list = links.map(([id, href, text]) => `<li><a id="${id}" href="${href}" target="sw">${text}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<style>body { margin: 0 } iframe { border: 0; display: block; width: ${width}; height: 900px }</style></head>
<body><main><h1>An information website</h1><ul>${list}</ul>
<iframe id="sw" name="sw" src="${src}" title="Spoorwijzer: work and illness"></iframe></main></body></html>`;
}

async function embed(src, links = [], width = '100%') {
  hostHtml = hostPage(src, links, width);
  const { page } = browser;
  await page.goto(`${host.url}/host.html`);
  const frame = await (await page.$('#sw')).contentFrame();
  await ready(frame);
  return frame;
}

// ---------- deep links ----------
const TV_A = '/transitievergoeding?start=2015-03-01&einde=2026-02-28&loon=4000&vakantiegeld=8';
const TV_B = '/transitievergoeding?start=2019-06-01&einde=2026-05-31&loon=2500&vakantiegeld=8';
const TL_A = '/tijdlijn?periode=2026-01-05..';
const TL_B = '/tijdlijn?periode=2025-09-01..&loonsanctie=6';

const amount = (ctx) => ctx.textContent('#tv-amount').then((s) => s.trim());
const calendar = (ctx) => ctx.$$eval('#tl-list li time', (ts) => ts.map((t) => t.getAttribute('datetime')));

test('deep links: a second link on the same calculator replaces inputs and result, is announced, Back returns', async () => {
  const { page } = browser;
  // What each link shows when it is the first one opened.
  await open(page, TV_B);
  await page.waitForSelector('#tv-amount');
  const amountB = await amount(page);
  await open(page, TV_A);
  await page.waitForSelector('#tv-amount');
  const amountA = await amount(page);
  assert.notEqual(amountA, amountB, 'the two links give different amounts');
  assert.equal((await page.textContent('#sw-link-status')).trim(), '', 'nothing announced on load');
  // Something typed is replaced too.
  await page.fill('#tv-vast_jaar', '1000');
  // The second link, opened in the same page (a same-document navigation).
  await page.evaluate((h) => { location.hash = h; }, `#${TV_B}`);
  await page.waitForFunction((b) => document.querySelector('#tv-amount')?.textContent.trim() === b, amountB);
  assert.equal(await page.inputValue('#tv-loon'), '2500');
  assert.equal(await page.inputValue('#tv-start-jaar'), '2019');
  assert.equal(await page.inputValue('#tv-vast_jaar'), '');
  assert.match(await page.textContent('#sw-link-status'), /Nieuwe gegevens uit de link/);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'employers-deeplink-second');
  // Back: the first link and its result.
  await page.goBack();
  await page.waitForFunction((a) => document.querySelector('#tv-amount')?.textContent.trim() === a, amountA);
  assert.equal(await page.inputValue('#tv-loon'), '4000');
  // Forward again, and the same for the poortwachter calendar, in English.
  await page.goForward();
  await page.waitForFunction((b) => document.querySelector('#tv-amount')?.textContent.trim() === b, amountB);

  await open(page, TL_B, 'en');
  await page.waitForSelector('#tl-list li');
  const calB = await calendar(page);
  await open(page, TL_A, 'en');
  await page.waitForSelector('#tl-list li');
  const calA = await calendar(page);
  assert.notDeepEqual(calA, calB);
  await page.evaluate((h) => { location.hash = h; }, `#${TL_B}`);
  await page.waitForFunction((n) => document.querySelector('#tl-loonsanctie')?.value === n, '6');
  assert.deepEqual(await calendar(page), calB);
  assert.match(await page.textContent('#sw-link-status'), /New details from the link/);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#tl-loonsanctie')?.value === '');
  assert.deepEqual(await calendar(page), calA);
});

test('deep links: two example links on a host page, opened one after the other into the iframe', async () => {
  const { page } = browser;
  const base = `${app.url}/?lang=nl`;
  const frame = await embed(`${base}#${TV_A}`, [
    ['ex-a', `${base}#${TV_A}`, 'Example A'],
    ['ex-b', `${base}#${TV_B}`, 'Example B'],
  ]);
  await frame.waitForSelector('#tv-amount');
  const amountA = await amount(frame);
  await page.click('#ex-b');
  await frame.waitForFunction(() => document.querySelector('#tv-loon')?.value === '2500');
  await frame.waitForSelector('#tv-amount');
  const amountB = await amount(frame);
  assert.notEqual(amountB, amountA);
  assert.match(await frame.textContent('#sw-link-status'), /Nieuwe gegevens uit de link/);
  await page.click('#ex-a');
  await frame.waitForFunction((a) => document.querySelector('#tv-amount')?.textContent.trim() === a, amountA);
  assert.equal(await frame.inputValue('#tv-loon'), '4000');
  // The host's Back button (joint session history: the iframe's entry goes back).
  await page.evaluate(() => history.back());
  await frame.waitForFunction((b) => document.querySelector('#tv-amount')?.textContent.trim() === b, amountB);
  assert.deepEqual(formatViolations(await axe(frame)), '');
});

// ---------- the embedder's preview ----------
test('preview=1 lists the CSP header with frame-ancestors, the worker scope and the configuration read', async () => {
  const { page } = browser;
  // Inside the host's iframe, with parent: the host's origin goes after frame-ancestors.
  const frame = await embed(`${app.url}/?lang=nl&preview=1&org=Acme&parent=${encodeURIComponent(host.url)}#/`);
  const csp = await frame.textContent('#sw-preview-csp');
  assert.ok(csp.startsWith("Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval';"), csp);
  assert.ok(csp.endsWith(`; frame-ancestors 'self' ${host.url}`), csp);
  assert.equal(await frame.locator('#sw-preview-csp-origin').count(), 0);
  // The policy the page itself carries, plus frame-ancestors: nothing else.
  const meta = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.equal(csp, `Content-Security-Policy: ${meta}; frame-ancestors 'self' ${host.url}`);
  assert.match(await frame.textContent('#sw-preview-worker'), /In een iframe .* map \/\./);
  const read = await frame.textContent('#sw-preview-read');
  assert.match(read, /Link \(voor de #\): lang, preview, org, parent/);
  assert.match(read, /Configuratieblok in index\.html: niets gelezen/);
  assert.deepEqual(formatViolations(await axe(frame)), '');
  await screenshot(page, 'employers-preview-iframe');
  // On its own, in English, without parent: it says no embedding page is known; the worker
  // works for the page's folder.
  await open(page, '/', 'en');
  await page.goto(`${app.url}/?lang=en&preview=1&accent=%23ffff00#/`);
  await ready(page);
  assert.match(await page.textContent('#sw-preview-csp'), /frame-ancestors 'self'$/);
  assert.match(await page.textContent('#sw-preview-csp-origin'), /No website that shows Spoorwijzer/);
  assert.match(await page.textContent('#sw-preview-worker'), /^Yes\. It works for the folder \/ /);
  assert.match(await page.textContent('#sw-preview-read'), /Link \(before the #\): lang, preview$/m);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `preview at 320 px: ${overflow}px too wide`);
    await screenshot(page, 'employers-preview-320-en');
  } finally {
    await page.setViewportSize({ width: 1024, height: 800 });
  }
});
