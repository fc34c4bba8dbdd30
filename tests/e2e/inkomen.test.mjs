// The income projection page (#/inkomen): a link pre-fills it and shows the result at
// once; switching a scenario toggle changes the summary; validation errors; axe-core
// clean; the privacy tripwires hold; print styles hide the form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, ready, axe, formatViolations, screenshot, strayRequests } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const summary = (page) => page.textContent('#sw-if-summary');

test('a link pre-fills the page; the AO and cover toggles change the summary at once', async () => {
  const { page } = browser;
  await page.goto(`${server.url}/?lang=nl#/inkomen?jaarloon=48000&ziek=2026-01-01&ao=55-65&hiaat=geen&jaren=12`);
  await ready(page);
  assert.match(await page.textContent('h1'), /Wat gebeurt er met mijn inkomen/);
  await page.waitForSelector('svg[role="img"] rect.sw-bar');
  const first = await summary(page);
  // 42% × € 2.337,00 (the July 2026 minimum wage, carried forward as an estimate) =
  // € 981,54 → "ongeveer € 982" after 35 months (core worked example).
  assert.match(first, /Na 35 maanden daalt je inkomen naar ongeveer € 982 per maand/);
  // Bars and table rows agree.
  const bars = await page.$$eval('rect.sw-bar[data-month]', (els) => els.map((e) => [e.dataset.month, e.dataset.source, e.dataset.cents]));
  const cells = await page.$$eval('table.sw-income-table td[data-source]', (els) => els
    .filter((e) => e.dataset.cents !== '0')
    .map((e) => [e.closest('tr').dataset.month, e.dataset.source, e.dataset.cents]));
  assert.deepEqual(bars.sort(), cells.sort());
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'inkomen-55-65');

  // Scenario 2: basic hiaat cover tops the vervolguitkering up to 70% × 60% × € 4.000.
  await page.selectOption('#inkomen-toggle-hiaat', 'basis');
  await page.waitForFunction(() => document.querySelector('#sw-if-summary').textContent.includes('€ 1.680'));
  assert.match(await summary(page), /Na 35 maanden daalt je inkomen naar ongeveer € 1\.680 per maand/);
  assert.ok(await page.$('rect.sw-bar--insurance'), 'the insurance top-up is drawn');

  // Scenario 3: IVA; the income no longer drops to the vervolguitkering.
  const before = await summary(page);
  await page.selectOption('#inkomen-toggle-ao', 'iva');
  await page.waitForFunction((prev) => document.querySelector('#sw-if-summary').textContent !== prev, before);
  assert.match(await summary(page), /€ 3\.000/);
  assert.equal(await page.$('rect.sw-bar--vervolg'), null);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'inkomen-iva');
});

test('unknown class shows a range; English works; dismissal scenario shows the notice period', async () => {
  const { page } = browser;
  await page.goto(`${server.url}/?lang=en#/inkomen?jaarloon=48000&ziek=2026-01-01&ao=onbekend&hiaat=onbekend&jaren=12`);
  await ready(page);
  await page.waitForSelector('svg[role="img"] rect.sw-bar');
  assert.match(await summary(page), /Lowest outcome/);
  assert.match(await summary(page), /Highest outcome/);
  await page.goto(`${server.url}/?lang=nl#/inkomen?jaarloon=36000&ontslag=2026-03-10&indienst=2015-01-01&jaren=11`);
  await ready(page);
  await page.waitForSelector('svg[role="img"] rect.sw-bar--ww');
  assert.match(await page.textContent('body'), /opzegtermijn is 3 maanden/);
  assert.deepEqual(formatViolations(await axe(page)), '');
});

test('empty form: error summary receives focus and links to the fields', async () => {
  const { page } = browser;
  await page.goto(`${server.url}/?lang=nl#/inkomen`);
  await ready(page);
  await page.click('button[type="submit"]');
  await page.waitForSelector('#sw-if-error-summary');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sw-if-error-summary');
  assert.match(await page.title(), /^Fout: /);
  assert.equal(await page.getAttribute('#inkomen-jaarloon', 'aria-invalid'), 'true');
  await page.click('#sw-if-error-summary a >> nth=0');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'inkomen-jaarloon');
  assert.match(page.url(), /#\/inkomen/, 'the error link does not change the route');
  assert.deepEqual(formatViolations(await axe(page)), '');
  // Fill in by keyboard and calculate.
  await page.fill('#inkomen-jaarloon', '48.000');
  await page.fill('#inkomen-ziek-dag', '01-01-2026');
  await page.fill('#inkomen-jaren', '12');
  await page.click('button[type="submit"]');
  await page.waitForSelector('svg[role="img"] rect.sw-bar');
  assert.equal(await page.$('#sw-if-error-summary'), null);
  await screenshot(page, 'inkomen-form');
});

test('print: the form and toggles are hidden, the chart and table stay', async () => {
  const { page } = browser;
  await page.goto(`${server.url}/?lang=nl#/inkomen?jaarloon=48000&ziek=2026-01-01&ao=55-65&hiaat=basis&jaren=12`);
  await ready(page);
  await page.waitForSelector('svg[role="img"] rect.sw-bar');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isHidden('form.sw-if-form'));
  assert.ok(await page.isHidden('.sw-if-toggles'));
  assert.ok(await page.isVisible('svg[role="img"]'));
  assert.ok(await page.isVisible('table.sw-income-table'));
  await page.emulateMedia({ media: 'screen' });
});

test('at 320 px wide the page does not scroll sideways (tables scroll inside their region)', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${server.url}/?lang=nl#/inkomen?jaarloon=48000&ziek=2026-01-01&ao=55-65&hiaat=basis&jaren=12`);
  await ready(page);
  await page.waitForSelector('svg[role="img"] rect.sw-bar');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  await screenshot(page, 'inkomen-320');
  await page.setViewportSize({ width: 1024, height: 800 });
});

// Runs last (tests in a file run in order): the tripwires over every scenario above.
test('privacy tripwires held on every scenario: no stray requests, no CSP violations, no errors', async () => {
  const { requests, violations, consoleErrors, pageErrors } = browser;
  assert.ok(requests.some((r) => r.url.endsWith('/income.css')), 'the page loaded its own stylesheet');
  assert.deepEqual(strayRequests(requests, server.url), [], 'no stray requests');
  assert.deepEqual(violations, [], 'no CSP violations');
  assert.deepEqual(consoleErrors, [], 'no console errors');
  assert.deepEqual(pageErrors, [], 'no page errors');
});
