// Law that moves: the outcome of a medium or large employer whose employee has been sick
// for more than two years shows the pending-law notice (bill 36869) with its last-checked
// date, in Dutch and in English; the calculator gives an amount for an end date in 2027
// with the estimate mark next to the cap; the calculator's long-illness inputs show the
// compensation status with the same notice. axe on every state, and the privacy tripwires.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, ready, axe, formatViolations, screenshot, strayRequests } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const iso = (d) => d.toISOString().slice(0, 10);

/** A first sick day two years and three months ago: the 104 weeks ended about three months
 * ago, after the bill's intended date (1 July 2026) for any "today" from August 2026 on. */
function firstSickDay() {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - 2);
  d.setUTCMonth(d.getUTCMonth() - 3);
  return iso(d);
}

const ANSWERS = {
  rol: 'werkgever',
  ziek_nu: 'ja',
  eerste_ziektedag: firstSickDay(),
  eerdere_ziekteperiode: 'nee',
  probleemanalyse_gedaan: 'ja',
  plan_van_aanpak_gedaan: 'ja',
  arbeidsdeskundig_onderzoek: 'ja',
  eigen_werk_mogelijk: 'nee',
  aangepast_werk_mogelijk: 'nee',
  ander_werk_intern: 'nee',
  oorzaak_werk_of_conflict: 'nee',
  terugkeer_binnen_26_weken: 'nee',
  eerstejaarsevaluatie_gedaan: 'ja',
  spoor2_gestart: 'ja_reintegratiebedrijf',
  baan_eindigt: 'nee',
  contract_type: 'vast',
  datum_in_dienst: '2012-02-01',
  uren_per_week: 36,
  bruto_maandloon: '3400.00',
  werkgever_grootte: 'vanaf_25',
  leeftijd: 52,
  eigenrisicodrager: 'nee',
  hiaat_excedent: 'weet_niet',
  loon_boven_wia_grens: 'nee',
};
const FILE = JSON.stringify({ schema: 'spoorwijzer-antwoorden', version: 2, answers: ANSWERS });

function clean(b, origin) {
  assert.deepEqual(strayRequests(b.requests, origin), [], 'no stray requests');
  assert.equal(b.violations.length, 0, `CSP violations: ${JSON.stringify(b.violations)}`);
  assert.deepEqual(b.pageErrors, [], 'no page errors');
}

/** Open a fresh document (a new pre-filled link in the same document is a later change). */
async function fresh(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await ready(page);
}

async function axeClean(page, where) {
  assert.equal(formatViolations(await axe(page)), '', `axe on ${where}`);
}

test('a medium or large employer after two years of illness sees bill 36869, in nl and en', async () => {
  const { page } = browser;
  await page.goto(`${server.url}/?lang=nl#/bewaren`);
  await ready(page);
  await page.setInputFiles('#sw-keep-file', { name: 'antwoorden.json', mimeType: 'application/json', buffer: Buffer.from(FILE) });
  await page.waitForSelector('[data-testid=answer-count]');
  await page.evaluate(() => { location.hash = '#/advies'; });
  await page.waitForSelector('[data-pending-law="36869"]', { timeout: 10000 });
  const nl = await page.textContent('[data-pending-law="36869"]');
  assert.match(nl, /Let op: wetsvoorstel, nog geen wet/);
  assert.match(nl, /Laatst gecontroleerd op 29 november 2026/);
  assert.match(nl, /middelgroot of groot/);
  await axeClean(page, 'outcome nl');
  await screenshot(page, 'law-outcome-36869-nl');

  await page.goto(`${server.url}/?lang=en#/advies`);
  await ready(page);
  // The answers live in memory only: a reload loses them, so import again in English.
  await page.evaluate(() => { location.hash = '#/bewaren'; });
  await page.waitForSelector('#sw-keep-file');
  await page.setInputFiles('#sw-keep-file', { name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(FILE) });
  await page.waitForSelector('[data-testid=answer-count]');
  await page.evaluate(() => { location.hash = '#/advies'; });
  await page.waitForSelector('[data-pending-law="36869"]', { timeout: 10000 });
  const en = await page.textContent('[data-pending-law="36869"]');
  assert.match(en, /Note: a bill, not yet law/);
  assert.match(en, /Last checked on 29 November 2026/);
  await axeClean(page, 'outcome en');
  await screenshot(page, 'law-outcome-36869-en');
  clean(browser, server.url);
});

test('the calculator gives an amount for an end date in 2027 with the estimate next to the cap', async () => {
  const { page } = browser;
  const q = 'start=1986-03-01&einde=2027-03-31&loon=7500&vakantiegeld=0';
  await fresh(page, `${server.url}/?lang=nl#/transitievergoeding?${q}`);
  await page.waitForSelector('#tv-amount');
  assert.equal((await page.textContent('#tv-amount')).trim(), '€ 102.000,00');
  const notes = await page.textContent('#tv-result');
  assert.match(notes, /Maximum 2027: nog niet vastgesteld; we rekenen met € 102\.000/);
  await axeClean(page, 'calculator 2027');
  await screenshot(page, 'law-calculator-2027-nl');
  clean(browser, server.url);
});

test('the calculator shows the compensation status under bill 36869 with the notice', async () => {
  const { page } = browser;
  const q = 'start=2015-01-01&einde=2026-10-31&loon=3000&reden=after_two_years_illness'
    + '&eerste_ziektedag=2024-09-02&loon_tijdens_ziekte=60000&betaaldatum=2026-11-15&werkgever_grootte=medium_large';
  await fresh(page, `${server.url}/?lang=nl#/transitievergoeding?${q}`);
  await page.waitForSelector('#tv-compensation-status');
  assert.equal(await page.getAttribute('#tv-compensation-status', 'data-status'), 'depends_on_pending_law');
  assert.ok(await page.isVisible('#tv-eerste_ziektedag-dag'), 'the long-illness fields are open');
  const notice = await page.textContent('[data-pending-law="36869"]');
  assert.match(notice, /Laatst gecontroleerd op 29 november 2026/);
  await axeClean(page, 'calculator compensation');
  await screenshot(page, 'law-calculator-compensation-nl');

  // A small employer keeps the compensation: no notice.
  await fresh(page, `${server.url}/?lang=en#/transitievergoeding?${q.replace('medium_large', 'small')}`);
  await page.waitForSelector('#tv-compensation-status');
  assert.equal(await page.getAttribute('#tv-compensation-status', 'data-status'), 'eligible');
  assert.equal(await page.locator('[data-pending-law="36869"]').count(), 0);
  clean(browser, server.url);
});
