// Deadlines that are due now, and the self-employed, walked by keyboard on the release
// build with a fixed "today": a sick employee whose probleemanalyse is due tomorrow (nl),
// an employer whose probleemanalyse is done and whose plan van aanpak is due in 14 days
// (en), a sick self-employed person with an AOV whose last day for UWV's voluntary
// insurance is 9 days away (nl, then en), and one who is not ill and has nothing arranged
// (en). The facts are checked against dates worked out from today; every tool link of each
// outcome opens its tool without an error message; axe on every page; screenshots at
// 320 px in both languages; the privacy tripwires.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ready, axe, screenshot, assertCleanRun } from './lib.mjs';
import { visited, axeClean, tabTo, waitHash, answer, startAs, addDays, asAnswer, browserSuite, inWords, toAdvice, switchLang, narrow, fitsNarrow } from './walk.mjs';

// Sunday 22 November 2026.
const TODAY = '2026-11-22';

const suite = browserSuite(TODAY);



/**
 * Answer every question the interview asks from `answers` (question id → answer), in the
 * order the interview asks them, until the check page; fails on a question not in the
 * map. Returns the ids asked.
 */
async function walkAnswers(page, answers) {
  const asked = [];
  for (let i = 0; i < 60; i++) {
    await page.waitForFunction(() => location.hash.startsWith('#/vraag/') || location.hash === '#/controle', null, { timeout: 10000 });
    await ready(page);
    const hash = await page.evaluate(() => location.hash);
    if (hash === '#/controle') return asked;
    const id = hash.slice('#/vraag/'.length);
    assert.ok(id in answers, `asked ${id}, not in the script (asked before: ${asked.join(', ')})`);
    assert.equal(await page.evaluate(() => document.querySelectorAll('main h1').length), 1, `one h1 on ${id}`);
    await axeClean(page);
    await fitsNarrow(page, id);
    await answer(page, id, answers[id]);
    await page.waitForFunction((h) => location.hash !== h, hash, { timeout: 10000 });
    asked.push(id);
  }
  assert.fail('the interview did not end');
}


/** The urgent block's items, as text. */
async function urgentItems(page) {
  return page.$$eval('.sw-outcome__urgent-item', (li) => li.map((l) => l.textContent));
}



/**
 * Every link from the advice into a tool (`#/transitievergoeding`, `#/tijdlijn`,
 * `#/inkomen`, …): it opens its page with no error message (no error summary, no message
 * beside a field, no "Fout"/"Error"), axe-clean; then back to the advice.
 */
async function toolLinksOpenClean(page) {
  const hrefs = await page.$$eval('main a[href^="#/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
  const tools = hrefs.filter((h) => /^#\/(transitievergoeding|tijdlijn|inkomen|vergelijk)(\?|$)/.test(h));
  assert.ok(tools.length >= 1, hrefs.join(' '));
  for (const href of tools) {
    await page.evaluate((h) => { location.hash = h; }, href);
    await page.waitForFunction((h) => location.hash === h, href);
    await ready(page);
    await page.waitForSelector('main h1');
    const errors = await page.$$eval('.sw-error-summary, .sw-error-message', (els) => els.filter((e) => e.offsetParent !== null).map((e) => e.textContent));
    assert.deepEqual(errors, [], `${href}: ${errors.join(' | ')}`);
    assert.doesNotMatch(await page.textContent('main'), /Fout: |Error: /, href);
    await axeClean(page);
    await page.evaluate(() => { location.hash = '#/advies'; });
    await waitHash(page, '#/advies');
  }
  return tools;
}

/** A sick person's answers: the sickness block with `first` and the probleemanalyse. */
function sick(first, pa, role) {
  const a = {
    ziek_nu: 'ja',
    eerste_ziektedag: asAnswer(first),
    eerdere_ziekteperiode: 'nee',
    probleemanalyse_gedaan: pa,
    plan_van_aanpak_gedaan: 'nee',
    arbeidsdeskundig_onderzoek: 'nee',
    eigen_werk_mogelijk: 'weet_niet',
    aangepast_werk_mogelijk: 'weet_niet',
    ander_werk_intern: 'weet_niet',
    oorzaak_werk_of_conflict: 'nee',
    terugkeer_binnen_26_weken: 'weet_niet',
    eerstejaarsevaluatie_gedaan: 'weet_niet',
    spoor2_gestart: 'weet_niet',
    baan_eindigt: 'nee',
    contract_type: 'vast',
    datum_in_dienst: asAnswer(addDays(TODAY, -3000)),
    uren_per_week: { text: '32' },
    bruto_maandloon: { text: '3100' },
    werkgever_grootte: 'vanaf_25',
    leeftijd: { text: '41' },
    hiaat_excedent: 'geen',
    loon_boven_wia_grens: 'nee',
  };
  if (role === 'werknemer') a.zelfstandig_inkomen = 'nee';
  if (role === 'werkgever') a.eigenrisicodrager = 'nee';
  return a;
}

test('urgent, employee (nl): the probleemanalyse is due tomorrow and heads the advice', async () => {
  const { page } = suite.browser;
  // Day 42 (the end of week 6) is the first sick day plus 41 days: tomorrow.
  const first = addDays(TODAY, -40);
  const due = addDays(TODAY, 1);
  await startAs(page, suite.server.url, 'Ik ben werknemer');
  const asked = await walkAnswers(page, sick(first, 'nee', 'werknemer'));
  assert.ok(!asked.includes('plan_van_aanpak_gedaan'), 'no plan van aanpak question without a probleemanalyse');
  await toAdvice(page, 'Naar het advies');
  const urgent = await urgentItems(page);
  assert.ok(urgent.length >= 1, 'an urgent block');
  assert.match(urgent[0], new RegExp(`Morgen \\(${inWords(due, 'nl', true)}\\)`));
  assert.match(urgent[0], /Probleemanalyse/);
  assert.match(urgent[0], /De bedrijfsarts/);
  // The urgent block is the first part of the advice.
  const firstSection = await page.$eval('main section', (s) => s.id);
  assert.equal(firstSection, 'sw-urgent-section');
  // The employee never reads words meant for the employer.
  assert.doesNotMatch(await page.textContent('main'), /je werknemer/i);
  await narrow(page, 'situation-urgent-werknemer-nl');
  await switchLang(page, 'en');
  assert.match((await urgentItems(page))[0], new RegExp(`Tomorrow \\(${inWords(due, 'en', true)}\\)`));
  await narrow(page, 'situation-urgent-werknemer-en');
  await switchLang(page, 'nl');
  await toolLinksOpenClean(page);
});

test('urgent, employer (en): a step said done is not due; the plan van aanpak in 14 days', async () => {
  const { page } = suite.browser;
  // First sick day 41 days ago: the probleemanalyse was due today, but it is done; the plan
  // van aanpak (day 56) is due in 14 days.
  const first = addDays(TODAY, -41);
  const plan = addDays(TODAY, 14);
  await startAs(page, suite.server.url, 'I am an employer', 'en');
  await walkAnswers(page, sick(first, 'ja', 'werkgever'));
  await toAdvice(page, 'See the advice');
  const urgent = await urgentItems(page);
  assert.equal(urgent.length, 1, urgent.join(' | '));
  assert.match(urgent[0], new RegExp(`In 14 days \\(${inWords(plan, 'en', true)}\\)`));
  assert.match(urgent[0], /action plan/i);
  const titles = await page.$$eval('.sw-outcome__urgent-title', (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(titles, ['Action plan ready']);
  const main = await page.textContent('main');
  assert.doesNotMatch(main, /your employer/i);
  await narrow(page, 'situation-urgent-werkgever-en');
  // The calendar link carries the done step, and the calendar never calls it late.
  const cal = await page.$eval('main a[href^="#/tijdlijn?"]', (a) => a.getAttribute('href'));
  assert.match(cal, /gedaan=[^&]*probleemanalyse/);
  const tools = await toolLinksOpenClean(page);
  assert.ok(tools.some((h) => h.startsWith('#/tijdlijn?')), tools.join(' '));
  await page.evaluate((h) => { location.hash = h; }, cal);
  await page.waitForSelector('#tl-list');
  const items = await page.$$eval('#tl-list .sw-timeline__item', (li) => li.map((l) => l.textContent));
  const pa = items.find((t) => /Problem analysis/.test(t));
  assert.ok(pa, items.join(' | '));
  assert.match(pa, /Status: done/);
  await axeClean(page);
});

test('every tool link of a full outcome (sick, the job ends) opens its tool pre-filled, without an error', async () => {
  const { page } = suite.browser;
  await startAs(page, suite.server.url, 'Ik ben werknemer');
  await walkAnswers(page, {
    ...sick(addDays(TODAY, -200), 'ja', 'werknemer'),
    baan_eindigt: 'ja',
    reden_einde: 'reorganisatie',
    initiatief: 'werkgever',
    datum_einde: asAnswer(addDays(TODAY, 60)),
    vso_aangeboden: 'nee',
  });
  await toAdvice(page, 'Naar het advies');
  const tools = await toolLinksOpenClean(page);
  for (const tool of ['#/transitievergoeding?', '#/tijdlijn?', '#/inkomen?']) {
    assert.ok(tools.some((h) => h.startsWith(tool)), `${tool} in ${tools.join(' ')}`);
  }
  // The income link carries the hours for the year-1 minimum-wage floor.
  assert.ok(tools.some((h) => h.startsWith('#/inkomen?') && /[?&]uren=32(&|$)/.test(h)), tools.join(' '));
  // Control: the check above does see an error message, once the button is pressed on an
  // empty calculator.
  await page.evaluate(() => { location.hash = '#/transitievergoeding'; });
  await waitHash(page, '#/transitievergoeding');
  assert.equal(await page.$('.sw-error-summary'), null, 'no error before the button');
  await tabTo(page, () => document.activeElement?.matches('form button[type=submit]'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.sw-error-summary');
  assert.match(await page.textContent('main'), /Fout: /);
  await axeClean(page);
});

// The self-employed: ill since 20 days ago, an AOV with a waiting period of 30 days, a
// broodfonds, not voluntarily insured with UWV; the last job ended 82 days ago.
const ZZP_SICK = addDays(TODAY, -20);
const ZZP_JOB_END = addDays(TODAY, -82);
const ZZP_UWV_LAST = addDays(ZZP_JOB_END, 91);
const ZZP_AOV_FROM = addDays(ZZP_SICK, 30);

test('zzp (nl, then en): the way in, the AOV\'s choices, the last day for UWV in 9 days, the BAZ from the register', async () => {
  const { page } = suite.browser;
  assert.equal(ZZP_UWV_LAST, addDays(TODAY, 9));
  await startAs(page, suite.server.url, 'Ik ben zelfstandige');
  const asked = await walkAnswers(page, {
    zzp_ziek: 'ja',
    zzp_eerste_ziektedag: asAnswer(ZZP_SICK),
    zzp_jaarwinst: { text: '48000' },
    zzp_aov: 'ja',
    zzp_aov_bedrag: { text: '36000' },
    zzp_aov_eigenrisico: { text: '30' },
    zzp_broodfonds: 'ja',
    zzp_uwv_vrijwillig: 'nee',
    zzp_verplicht_verzekerd: 'ja',
    zzp_einde_verplicht: asAnswer(ZZP_JOB_END),
  });
  assert.equal(asked.length, 10);
  assert.ok(asked.every((q) => q.startsWith('zzp_')), asked.join(', '));
  await toAdvice(page, 'Naar het advies');
  const urgent = await urgentItems(page);
  assert.equal(urgent.length, 1, urgent.join(' | '));
  assert.match(urgent[0], new RegExp(`Over 9 dagen \\(${inWords(ZZP_UWV_LAST, 'nl', true)}\\)`));
  assert.match(urgent[0], /Vrijwillige verzekering bij UWV/);
  const main = await page.textContent('main');
  assert.match(main, new RegExp(`kunt sinds ${inWords(ZZP_SICK, 'nl')} door ziekte niet of minder werken`));
  assert.match(main, /heb je een arbeidsongeschiktheidsverzekering \(AOV\) en een broodfonds/);
  assert.match(main, /eigenrisicotermijn van 30 dagen/);
  assert.match(main, new RegExp(`uitkeren vanaf ongeveer ${inWords(ZZP_AOV_FROM, 'nl')}`));
  for (const word of [/beroepsarbeidsongeschiktheid/, /passende arbeid/, /eindleeftijd/, /premie/, /Broodfonds/, /13 weken/]) {
    assert.match(main, word);
  }
  assert.match(main, /Basisverzekering arbeidsongeschiktheid zelfstandigen \(BAZ\)/);
  assert.match(main, /Let op: /);
  // No employer's world: no transitievergoeding, no poortwachter, no "werkgever".
  assert.doesNotMatch(main, /transitievergoeding|probleemanalyse|je werkgever/i);
  await narrow(page, 'situation-zzp-nl');
  await screenshot(page, 'situation-zzp-desktop-nl');
  // The income page in zzp mode: pre-filled, no error, no employee's words.
  const income = await page.$eval('main a[href^="#/inkomen?"]', (a) => a.getAttribute('href'));
  assert.match(income, /zzp=1/);
  assert.match(income, new RegExp(`ziek=${ZZP_SICK}`));
  assert.match(income, /aov_wacht=30/);
  await toolLinksOpenClean(page);
  await page.evaluate((h) => { location.hash = h; }, income);
  await page.waitForFunction(() => location.hash.startsWith('#/inkomen'));
  await ready(page);
  const incomeText = await page.textContent('main');
  assert.doesNotMatch(incomeText, /jaarloon met vakantiegeld/i);
  await screenshot(page, 'situation-zzp-inkomen-nl');
  await page.evaluate(() => { location.hash = '#/advies'; });
  await waitHash(page, '#/advies');
  await switchLang(page, 'en');
  const en = await urgentItems(page);
  assert.match(en[0], new RegExp(`In 9 days \\(${inWords(ZZP_UWV_LAST, 'en', true)}\\)`));
  assert.match(await page.textContent('main'), /Disability insurance \(AOV\): the choices/);
  await narrow(page, 'situation-zzp-en');
  await switchLang(page, 'nl');
});

test('zzp (en): not ill and nothing arranged; nothing urgent, UWV not open', async () => {
  const { page } = suite.browser;
  await startAs(page, suite.server.url, 'I am self-employed', 'en');
  await walkAnswers(page, {
    zzp_ziek: 'nee',
    zzp_jaarwinst: 'weet_niet',
    zzp_aov: 'nee',
    zzp_broodfonds: 'nee',
    zzp_uwv_vrijwillig: 'nee',
    zzp_verplicht_verzekerd: 'nee',
  });
  await toAdvice(page, 'See the advice');
  assert.deepEqual(await urgentItems(page), []);
  const main = await page.textContent('main');
  assert.match(main, /You work as a self-employed person\. You are not ill now\./);
  assert.match(main, /According to your answers you have nothing arranged/);
  assert.match(main, /You then cannot insure yourself voluntarily with UWV/);
  await narrow(page, 'situation-zzp-uncovered-en');
  await toolLinksOpenClean(page);
  // Keeping the advice: the printable summary says the same; no letter is offered, as none
  // fits the self-employed.
  await page.evaluate(() => { location.hash = '#/bewaren'; });
  await waitHash(page, '#/bewaren');
  assert.equal(await page.$('#sw-keep-letter'), null, 'no letters for the self-employed');
  assert.match(await page.textContent('body'), /You work as a self-employed person\. You are not ill now\./);
  await axeClean(page);
});

test('no console errors, no page errors, only the app\'s own files, no CSP violations', () => {
  assert.ok(visited.size >= 30, `pages checked with axe: ${visited.size}`);
  assertCleanRun(suite.browser, suite.server.url);
});
