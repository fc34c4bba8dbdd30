// The start page, the language switch, routing, the 404 page, keyboard use, axe-core and
// the static fallback, on the release build in Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, ready, axe, formatViolations, screenshot, withBrowser, assertCleanRun, horizontalOverflow } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

/** Open `hash` in `lang` and wait for the app. */
async function open(page, lang, hash) {
  await page.goto(`${server.url}/?lang=${lang}#${hash}`);
  await ready(page);
}

test('start page in Dutch: heading, privacy promise, four choices, footer', async () => {
  const { page } = browser;
  await open(page, 'nl', '/');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.match(await page.textContent('h1'), /Ziek, ontslag of re-integratie/);
  assert.match(await page.title(), /Spoorwijzer/);
  const body = await page.textContent('body');
  assert.match(body, /Je antwoorden blijven op dit apparaat; deze site verstuurt niets\./);
  for (const t of ['Ik ben werknemer', 'Ik ben werkgever', 'Ik ben zelfstandige (zzp)', 'Ik zoek informatie']) assert.ok(body.includes(t), t);
  assert.match(await page.textContent('footer'), /informatie, geen juridisch advies/);
  assert.match(await page.textContent('footer'), /Inhoud bijgewerkt op \d+ \w+ 20\d\d/);
  assert.ok(await page.isHidden('#sw-loading'), 'the loading text disappears once the app runs');
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'start-nl');
});

test('?lang=en gives the English start page, title and html lang', async () => {
  const { page } = browser;
  await open(page, 'en', '/');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('h1'), /Sick, dismissed or returning to work/);
  assert.match(await page.textContent('body'), /Your answers stay on this device; this site sends nothing\./);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'start-en');
});

test('keyboard only: switch language and choose a role', async () => {
  const { page } = browser;
  await open(page, 'nl', '/');
  // Tab until the language switch has focus, then press Enter.
  let found = false;
  for (let i = 0; i < 10 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement && document.activeElement.textContent.trim() === 'English');
  }
  assert.ok(found, 'the language switch is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('h1'), /Sick, dismissed/);
  assert.match(page.url(), /lang=en/, 'the language is kept in the URL with replaceState');
  // Tab to the employer choice and open it with Enter.
  found = false;
  for (let i = 0; i < 25 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => (document.activeElement?.textContent || '').includes('I am an employer'));
  }
  assert.ok(found, 'the employer choice is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/vraag/'));
  await ready(page);
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.equal(focused, 'sw-main-heading', 'focus moves to the new page heading');
});

test('an unknown route shows the 404 page, and the privacy page exists', async () => {
  const { page } = browser;
  await open(page, 'nl', '/bestaat-niet');
  assert.match(await page.textContent('h1'), /Deze pagina bestaat niet/);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await open(page, 'nl', '/privacy');
  assert.match(await page.textContent('h1'), /Privacy/);
  assert.match(await page.title(), /^Privacy - Spoorwijzer$/);
  assert.deepEqual(formatViolations(await axe(page)), '');
});

test('narrow screen (320 px): no horizontal scrolling', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, 'nl', '/');
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  await screenshot(page, 'start-320');
  await page.setViewportSize({ width: 1024, height: 800 });
});

test('no console errors, no page errors, and only the app\'s own files were loaded', () => {
  assertCleanRun(browser, server.url);
});

test('the static fallback shows when the app cannot start', async () => {
  await withBrowser({}, async (b) => {
    await b.page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await b.page.goto(`${server.url}/#/`);
    await b.page.waitForSelector('#sw-fallback:not([hidden])', { timeout: 15000 });
    assert.match(await b.page.textContent('#sw-fallback'), /Er ging iets mis\. Je antwoorden zijn niet verstuurd\. Herlaad de pagina\./);
  });
});

test('the static fallback shows when the running app traps', async () => {
  await withBrowser({}, async (b) => {
    await b.page.goto(`${server.url}/#/`);
    await ready(b.page);
    // A trap (panic = "abort") inside an event handler reaches window as an uncaught
    // WebAssembly.RuntimeError; simulate one being thrown from a callback.
    await b.page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }, 0));
    await b.page.waitForSelector('#sw-fallback:not([hidden])', { timeout: 5000 });
    assert.ok(await b.page.isHidden('#app'));
  });
});
