// The guided interview on the release build, by keyboard only (Tab, Space, arrows, Enter,
// typing; no clicks): a full employee path (sick, situational unfitness) and a full
// employer path (sick, spoor 2), the error summary, changing an early answer from the
// check-answers page (re-routing by replay), the browser back button, axe-core on every
// page, screenshots of each outcome, and the privacy tripwires.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, ready, screenshot, assertCleanRun } from './lib.mjs';
import { visited, axeClean, tabTo, waitHash, pressContinue, answer, walk, typeInto, startAs, sickPath, contractPath, tailPath } from './walk.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const EMPLOYEE_SITUATIONAL = [
  ...sickPath({ date: '01-09-2026' }, {
    ander_werk_intern: 'weet_niet',
    oorzaak_werk_of_conflict: 'conflict',
    oordeel_bedrijfsarts_situatief: 'situatief',
    terugkeer_binnen_26_weken: 'weet_niet',
  }),
  ['baan_eindigt', 'misschien'],
  ['reden_einde', 'conflict'],
  ['initiatief', 'samen'],
  ['vso_aangeboden', 'aangeboden'],
  ['vso_bedrag', 'weet_niet'],
  ['vso_einddatum', 'weet_niet'],
  ['outplacement', 'werkgever_betaalt'],
  ...contractPath({ datum_in_dienst: { date: '01-03-2015' }, bruto_maandloon: { text: '3.250,50' } }),
  ...tailPath('werknemer', { hiaat_excedent: 'weet_niet' }),
];

test('employee, sick, situational unfitness: full path by keyboard, outcome, change an early answer', async () => {
  const { page } = browser;
  await startAs(page, server.url, 'Ik ben werknemer');
  // The role choice answered `rol`: the interview starts at the question after it.
  await waitHash(page, '#/vraag/ziek_nu');
  // Submitting without an answer: error summary with focus, "Fout:" title, inline message.
  await pressContinue(page);
  await page.waitForSelector('.sw-error-summary');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'sw-error-summary');
  assert.match(await page.title(), /^Fout: /);
  assert.match(await page.textContent('#antwoord-error'), /Kies een antwoord/);
  await axeClean(page);
  // The money question says what it read.
  await walk(page, EMPLOYEE_SITUATIONAL.slice(0, 24), '#/vraag/bruto_maandloon');
  await typeInto(page, 'antwoord', '3.250,50');
  assert.match(await page.textContent('#antwoord-read'), /3\.250,50/);
  await axeClean(page);
  await pressContinue(page);
  await walk(page, EMPLOYEE_SITUATIONAL.slice(25));

  // Check answers: grouped, with change links that name what they change.
  await axeClean(page);
  assert.match(await page.textContent('h1'), /Controleer je antwoorden/);
  const groups = await page.$$eval('.sw-check__section h2', (hs) => hs.map((h) => h.textContent));
  assert.ok(groups.includes('Je ziekte en re-integratie'), groups.join(', '));
  const hidden = await page.textContent('a[href="#/vraag/eerste_ziektedag"]');
  assert.match(hidden, /Wijzig\s*eerste ziektedag/);

  // To the advice.
  await tabTo(page, () => (document.activeElement?.textContent || '').includes('Naar het advies'));
  await page.keyboard.press('Enter');
  await waitHash(page, '#/advies');
  await axeClean(page);
  const body = await page.textContent('main');
  assert.match(body, /situatie/i);
  assert.match(body, /Wat moet er wanneer gebeuren/);
  assert.match(body, /Probleemanalyse|Plan van aanpak|Evaluatie/);
  assert.match(body, /Let op/);
  assert.match(body, /informatie, geen juridisch advies/);
  assert.ok(await page.$('a[href^="#/tijdlijn?periode=2026-09-01.."]'), 'calendar link pre-filled');
  assert.ok(await page.$('a[href="#/vergelijk"]'), 'link to the comparison');
  assert.ok(await page.$('a[href="#/bewaren"]'), 'save link');
  await screenshot(page, 'outcome-werknemer');

  // Back to the check-answers page, change "ziek_nu" to "nee": the sickness block goes.
  await page.goBack();
  await waitHash(page, '#/controle');
  await tabTo(page, () => document.activeElement?.getAttribute('href') === '#/vraag/ziek_nu');
  await page.keyboard.press('Enter');
  await waitHash(page, '#/vraag/ziek_nu');
  assert.equal(await page.evaluate(() => document.querySelector('input[value=ja]').checked), true, 'the old answer is shown');
  await answer(page, 'ziek_nu', 'nee');
  await waitHash(page, '#/controle');
  // Re-routed by replay: the sickness questions after ziek_nu are no longer listed.
  assert.equal(await page.$('a[href="#/vraag/eerste_ziektedag"]'), null);
  assert.equal(await page.$('a[href="#/vraag/oordeel_bedrijfsarts_situatief"]'), null);
  assert.ok(await page.$('a[href="#/vraag/ziek_nu"]'));
  await axeClean(page);

  // A change that opens a new question: it is asked first, then back to check answers.
  await tabTo(page, () => document.activeElement?.getAttribute('href') === '#/vraag/baan_eindigt');
  await page.keyboard.press('Enter');
  await waitHash(page, '#/vraag/baan_eindigt');
  await answer(page, 'baan_eindigt', 'ja');
  await waitHash(page, '#/vraag/datum_einde');
  await axeClean(page);
  await answer(page, 'datum_einde', { date: '31-12-2026' });
  await waitHash(page, '#/controle');
  assert.match(await page.textContent('main'), /31 december 2026/);
  // The advice now runs the transitievergoeding engine: a VSO (initiatief samen) gives no
  // statutory payment, and the calculator link carries the engine's termination code.
  await tabTo(page, () => (document.activeElement?.textContent || '').includes('Naar het advies'));
  await page.keyboard.press('Enter');
  await waitHash(page, '#/advies');
  await axeClean(page);
  assert.match(await page.textContent('main'), /geen wettelijke transitievergoeding/);
  assert.ok(await page.$('a[href*="reden=mutual_consent"]'), 'calculator link with the engine code');
  assert.equal(await page.$('main a[href^="#/tijdlijn?"]'), null, 'not sick: no pre-filled calendar');
});

const EMPLOYER_SPOOR2 = [
  ...sickPath({ date: '05-01-2026' }, { arbeidsdeskundig_onderzoek: 'ja' }),
  ['baan_eindigt', 'nee'],
  ...contractPath({ datum_in_dienst: { date: '01-01-2010' }, uren_per_week: { text: '40' }, leeftijd: { text: '50' } }),
  ...tailPath('werkgever'),
];

test('employer, sick employee, spoor 2: full path by keyboard, browser back button, outcome with duties first', async () => {
  const { page } = browser;
  await startAs(page, server.url, 'Ik ben werkgever');
  await waitHash(page, '#/vraag/ziek_nu');
  assert.match(await page.textContent('h1'), /Is je werknemer nu ziek\?/);
  await walk(page, EMPLOYER_SPOOR2.slice(0, 3), '#/vraag/probleemanalyse_gedaan');
  // The browser back button goes to the previous question, with the answer kept.
  await page.goBack();
  await waitHash(page, '#/vraag/eerdere_ziekteperiode');
  assert.equal(await page.evaluate(() => document.querySelector('input[value=nee]').checked), true);
  await page.goBack();
  await waitHash(page, '#/vraag/eerste_ziektedag');
  assert.equal(await page.inputValue('#antwoord-jaar'), '2026');
  await page.goForward();
  await waitHash(page, '#/vraag/eerdere_ziekteperiode');
  await page.goForward();
  await walk(page, EMPLOYER_SPOOR2.slice(3));
  await axeClean(page);
  await tabTo(page, () => (document.activeElement?.textContent || '').includes('Naar het advies'));
  await page.keyboard.press('Enter');
  await waitHash(page, '#/advies');
  await axeClean(page);
  const h2s = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent));
  const duties = h2s.indexOf('Jouw plichten als werkgever');
  const routes = h2s.indexOf('Wat past bij je werknemer');
  assert.ok(duties >= 0 && routes > duties, `duties first: ${h2s.join(' | ')}`);
  const body = await page.textContent('main');
  assert.match(body, /Spoor 2/);
  assert.match(body, /Wat moet er wanneer gebeuren/);
  assert.ok(await page.$('a[href^="#/tijdlijn?periode=2026-01-05.."]'));
  await screenshot(page, 'outcome-werkgever');
  // The calendar link opens the poortwachter calendar pre-filled with the sick period.
  await tabTo(page, () => (document.activeElement?.getAttribute('href') || '').startsWith('#/tijdlijn?periode='));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/tijdlijn?periode=2026-01-05..'));
  await ready(page);
  assert.match(await page.textContent('main'), /Probleemanalyse/);
  await page.goBack();
  await waitHash(page, '#/advies');
});

test('an embedder\'s ?rol= skips the role question', async () => {
  const b = await launch();
  try {
    await b.page.goto(`${server.url}/?lang=nl&rol=werkgever#/vraag/rol`);
    await ready(b.page);
    // `rol` is answered by the embedder; the page for it still exists (it is on the path)
    // but the interview's next question is ziek_nu.
    await b.page.goto(`${server.url}/?lang=nl&rol=werkgever#/controle`);
    await waitHash(b.page, '#/vraag/ziek_nu');
    assert.match(await b.page.textContent('h1'), /Is je werknemer nu ziek\?/);
  } finally {
    await b.close();
  }
});

test('no console errors, no page errors, only the app\'s own files, no CSP violations', () => {
  assert.ok(visited.size >= 20, `pages checked with axe: ${visited.size}`);
  assertCleanRun(browser, server.url);
});
