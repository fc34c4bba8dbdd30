// Two situations as real people meet them, walked by keyboard on the release build with a
// fixed "today": a settlement agreement (VSO) on the table, and conflict together with
// illness. Every date is written relative to that today. The outcome must show the facts
// (amounts and dates) the core derives; axe-core runs on every page; screenshots in Dutch,
// English and at 320 px; and the privacy tripwires hold.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { axe, screenshot, assertCleanRun } from './lib.mjs';
import { visited, tabTo, walk, startAs, addDays, asAnswer, sickPath, contractPath, tailPath, browserSuite, toAdvice, narrow } from './walk.mjs';

// Sunday 22 November 2026.
const TODAY = '2026-11-22';
const on = (n) => asAnswer(addDays(TODAY, n));

const suite = browserSuite(TODAY);

/** The sickness block up to the cause of the illness. */
function sickSince(days, cause, judgement) {
  return sickPath(on(days), {
    ander_werk_intern: 'weet_niet',
    oorzaak_werk_of_conflict: cause,
    oordeel_bedrijfsarts_situatief: judgement,
    spoor2_gestart: 'ja_reintegratiebedrijf',
  });
}

/** The job may end at the employer's initiative with a VSO on the table. */
function vsoOffered(amount, end) {
  return [
    ['baan_eindigt', 'misschien'],
    ['reden_einde', 'reorganisatie'],
    ['initiatief', 'werkgever'],
    ['vso_aangeboden', 'aangeboden'],
    ['vso_bedrag', amount],
    ['vso_einddatum', end],
  ];
}

function contract(startDays, hours, wage) {
  return contractPath({
    datum_in_dienst: on(startDays),
    uren_per_week: { text: String(hours) },
    bruto_maandloon: { text: wage },
    leeftijd: { text: '48' },
  });
}

const EMPLOYEE_TAIL = tailPath('werknemer');
const EMPLOYER_TAIL = tailPath('werkgever');



function squash(s) {
  return s.replace(/\s+/g, ' ');
}

// Sanne: sick since 5 January 2026 (today − 321), 36 hours for € 4.000 since 1 March 2016
// (today − 3918). Her employer offers € 15.000 to end the contract on 28 February 2027
// (today + 98).
test('VSO while sick, employee (nl): the offer beside the transitievergoeding and the wage until week 104', async () => {
  const { page } = suite.browser;
  await startAs(page, suite.server.url, 'Ik ben werknemer', 'nl');
  await walk(page, [
    ...sickSince(-321, 'nee'),
    ...vsoOffered({ text: '15.000' }, on(98)),
    ...contract(-3918, 36, '4.000'),
    ...EMPLOYEE_TAIL,
  ]);
  const body = squash(await toAdvice(page, 'Naar het advies'));
  assert.match(body, /Het aanbod naast wat de wet geeft/);
  for (const want of [
    '€ 15.000,00', // the offer
    'Wettelijke transitievergoeding op 28 februari 2027', '€ 15.840,00',
    'Loon bij ziekte van 1 maart 2027 tot en met 2 januari 2028', '€ 30.435,10',
    'Maatstaf: transitievergoeding plus loon bij ziekte', '€ 46.275,10', 'het aanbod is € 31.275,10 lager',
    'Tot 5 januari 2028 mag je werkgever je niet ontslaan',
    'art. 45 lid 1 sub j Ziektewet',
    'afgerond op hele centen',
  ]) assert.ok(body.includes(want), `missing: ${want}`);
  // The strong warnings.
  assert.match(body, /Een vaststellingsovereenkomst tekenen terwijl je ziek bent/);
  assert.match(body, /Opzegverbod tijdens ziekte/);
  // The wage per month, behind a disclosure, by keyboard.
  await tabTo(page, () => (document.activeElement?.textContent || '').includes('Het loon per maand'));
  await page.keyboard.press('Enter');
  assert.match(squash(await page.textContent('#sw-vso-section')), /1 januari 2028 – 2 januari 2028\s*€ 195,10/);
  // The calculator link carries the agreement's end date.
  assert.ok(await page.$('#sw-vso-section a[href*="einde=2027-02-28"]'), 'calculator with the end date');
  await screenshot(page, 'situation-vso-werknemer-nl');
  await narrow(page, 'situation-vso-werknemer-320');
});

// Bakkerij De Korf (the employer): an employee sick since 1 June 2026 (today − 174), since
// 1 May 2019 (today − 2762), 32 hours, € 3.000. Neither the amount nor the end date is
// settled: "I don't know" for both.
test('VSO with a sick employee, employer (en): "I don\'t know" for the end date gives a worked example', async () => {
  const { page } = suite.browser;
  await startAs(page, suite.server.url, 'I am an employer', 'en');
  await walk(page, [
    ...sickSince(-174, 'nee'),
    ...vsoOffered('weet_niet', 'weet_niet'),
    ...contract(-2762, 32, '3000'),
    ...EMPLOYER_TAIL,
  ]);
  const body = squash(await toAdvice(page, 'See the advice'));
  assert.match(body, /The offer beside what the law gives/);
  const assumption = squash(await page.textContent('#sw-vso-assumption'));
  assert.match(assumption, /As an example we work with 31 January 2027/);
  assert.match(assumption, /your statutory notice period is 2 months/);
  assert.doesNotMatch(body, /fill in what is missing/i);
  for (const want of [
    'Not known yet', '€8,370.00', '€36,068.52',
    'Until 1 June 2028 you may not dismiss your employee', // the ban: two years from 1 June 2026
    'A settlement agreement with a sick employee is risky',
    'Mention the cooling-off period in the agreement',
    'Your employee will compare it with the amounts above',
  ]) assert.ok(body.includes(want), `missing: ${want}`);
  // The employer never reads words meant for the employee.
  assert.doesNotMatch(body, /your employer (ends|terminates|may not dismiss you)/i);
  await screenshot(page, 'situation-vso-werkgever-en');
  await narrow(page, 'situation-vso-werkgever-320');
});

// Priya: a burn-out since 1 September 2026 (today − 82) after a conflict; the bedrijfsarts
// sees her as sick and relates it to the situation at work. Her employer offers € 8.000 to
// end the contract on 31 January 2027 (today + 70).
test('Conflict with illness, employee (nl): ordinary rules, the strong warnings and the conflict in the plan', async () => {
  const { page } = suite.browser;
  await startAs(page, suite.server.url, 'Ik ben werknemer', 'nl');
  await walk(page, [
    ...sickSince(-82, 'conflict', 'ziek_door_werksituatie'),
    ...vsoOffered({ text: '8.000' }, on(70)),
    ...contract(-3247, 38, '2.800'),
    ...EMPLOYEE_TAIL,
  ]);
  const body = squash(await toAdvice(page, 'Naar het advies'));
  for (const want of [
    'De bedrijfsarts ziet je als ziek en verbindt je klachten met de situatie op je werk',
    'Ziek, en een conflict: de gewone regels gelden',
    'Het conflict hoort in het plan van aanpak',
    'Een vaststellingsovereenkomst tekenen terwijl je ziek bent',
    'Opzegverbod tijdens ziekte',
    '1 september 2028', // the ban ends after two years
    'Loon bij ziekte van 1 februari 2027 tot en met 28 augustus 2028',
  ]) assert.ok(body.includes(want), `missing: ${want}`);
  assert.doesNotMatch(body, /Situatieve arbeidsongeschiktheid: niet ziek/);
  await screenshot(page, 'situation-conflict-werknemer-nl');
});

// Ahmed: the bedrijfsarts judged him situationally unfit since 1 October 2026 (today − 52);
// he is still reported sick. His employer (answering here, in English) offers a VSO, with
// neither amount nor end date settled.
test('Situational unfitness, employer (en): strong warnings while reported sick, the uncertainty, stay or leave', async () => {
  const { page } = suite.browser;
  await startAs(page, suite.server.url, 'I am an employer', 'en');
  await walk(page, [
    ...sickSince(-52, 'conflict', 'situatief'),
    ...vsoOffered('weet_niet', 'weet_niet'),
    ['outplacement', 'nee'],
    ...contract(-2000, 36, '3300'),
    ...EMPLOYER_TAIL,
  ]);
  const body = squash(await toAdvice(page, 'See the advice'));
  for (const want of [
    'Situational unfitness for work',
    'ECLI:NL:GHSHE:2025:1152', 'art. 7:628 BW', 'art. 7:629 BW',
    'Does your employee stay until after the 104 weeks, or leave now?',
    'at the latest up to and including 27 September 2028',
    '(until 1 October 2028)',
    'Wage: stops on the end date (under the agreement 31 January 2027)',
    // Reported sick: the strong warnings stay on this route.
    'A settlement agreement with a sick employee',
    'Ban on dismissal during sickness',
    'On the end date the employee must really be able to do their own work',
  ]) assert.ok(body.includes(want), `missing: ${want}`);
  const card = squash(await page.textContent('#sw-stay-or-leave'));
  assert.match(card, /Staying: employed, and working on a solution/);
  assert.match(card, /Leaving now: with a settlement agreement/);
  await screenshot(page, 'situation-conflict-werkgever-en');
  await narrow(page, 'situation-conflict-werkgever-320');
});

test('axe on every page, no console errors, only the app\'s own files, no CSP violations', () => {
  for (const h of ['#/vraag/vso_bedrag', '#/vraag/vso_einddatum', '#/vraag/oordeel_bedrijfsarts_situatief', '#/controle', '#/advies']) {
    assert.ok(visited.has(h), `axe never ran on ${h}`);
  }
  assertCleanRun(suite.browser, suite.server.url);
});
