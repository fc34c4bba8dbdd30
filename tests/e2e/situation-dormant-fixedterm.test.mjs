// Two situations that change the advice as a whole, walked by keyboard on the release
// build with a fixed "today": a dormant contract after the 104 weeks (employee in Dutch,
// employer in English) and a fixed-term contract that ends while the employee is sick
// (employee in Dutch, employer in English, the last day on a Sunday). The facts on the
// outcome are checked against dates worked out from today, and against the tools the
// advice links to (calculator, calendar, income page). axe on every page, screenshots at
// 320 px in both languages, and the privacy tripwires.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ready, axe, screenshot, assertCleanRun } from './lib.mjs';
import { visited, axeClean, tabTo, waitHash, typeInto, walk, startAs, addDays, asAnswer, sickPath, contractPath, tailPath, browserSuite, inWords, toAdvice, switchLang, narrow } from './walk.mjs';

// Sunday 29 November 2026.
const TODAY = '2026-11-29';

const suite = browserSuite(TODAY);




/** Screenshots of the advice at 320 px in the current language and the other one (the
 * header's language switch, by keyboard); then back to the first language. */
async function screenshots(page, name, first) {
  const second = first === 'nl' ? 'en' : 'nl';
  await narrow(page, `${name}-${first}`);
  await switchLang(page, second);
  await narrow(page, `${name}-${second}`);
  await switchLang(page, first);
}

// A person sick for 117 weeks, in service for almost 15 years: the contract sleeps.
const FIRST_SICK_DORMANT = addDays(TODAY, -818);
const WACHTTIJD_END = addDays(FIRST_SICK_DORMANT, 727);

function dormantPath(role) {
  return [
    ...sickPath(asAnswer(FIRST_SICK_DORMANT), {
      arbeidsdeskundig_onderzoek: 'ja',
      eerstejaarsevaluatie_gedaan: 'ja',
      spoor2_gestart: 'ja_reintegratiebedrijf',
    }),
    ['baan_eindigt', 'nee'],
    ...contractPath({
      datum_in_dienst: asAnswer(addDays(TODAY, -5415)),
      bruto_maandloon: { text: '3400' },
      werkgever_grootte: role === 'werkgever' ? 'minder_dan_25' : 'vanaf_25',
      leeftijd: { text: '52' },
    }),
    ...tailPath(role),
  ];
}

test('dormant contract, employee (nl): recognised, the Xella amount to the end of the wachttijd, nothing left of the first two years', async () => {
  const { page } = suite.browser;
  await startAs(page, suite.server.url, 'Ik ben werknemer');
  await walk(page, dormantPath('werknemer'));
  await toAdvice(page, 'Naar het advies');
  const main = await page.textContent('main');
  assert.match(main, new RegExp(`De 104 weken ziekte eindigden op ${inWords(WACHTTIJD_END, 'nl')}`));
  assert.match(main, /slapend dienstverband/);
  assert.match(main, /Slapend dienstverband: je mag voorstellen om je contract te beëindigen/);
  assert.match(main, /Of de plicht ook geldt voor een werkgever die geen compensatie krijgt/);
  // Only the dormant card: the spoor cards (which say the wage continues) are gone, and so
  // are the duties of the first two years and the loonstop.
  const cards = await page.$$eval('.sw-outcome__card h3', (hs) => hs.map((h) => h.textContent));
  assert.equal(cards.length, 1, cards.join(' | '));
  assert.doesNotMatch(main, /Spoor 2: werk bij een andere werkgever/);
  assert.doesNotMatch(main, /Jouw plichten, en de loonstop/);
  assert.doesNotMatch(main, /Vraag de WIA uiterlijk in week 93 aan/);
  // The money: the amount at the end of the 104 weeks, the compensation's status and term.
  const amount = (await page.textContent('.sw-outcome__amount')).trim();
  assert.match(amount, /^€ \d{1,3}(\.\d{3})*,\d{2}$/);
  assert.match(main, new RegExp(`moet je werkgever je in beginsel ${amount.replace('.', '\\.')} bruto betalen: zo hoog als de transitievergoeding die je had gekregen als je contract op ${inWords(WACHTTIJD_END, 'nl')} was geëindigd`));
  assert.match(main, /binnen 6 maanden na de betaling \(bij betaling in termijnen: na de laatste termijn\)/);
  assert.match(main, /Let op: wetsvoorstel/);
  await screenshots(page, 'situation-dormant-werknemer', 'nl');
  // "Hoe is dit berekend?" opens the calculator with the same amount at the end of the 104 weeks.
  await tabTo(page, () => (document.activeElement?.getAttribute('href') || '').includes('reden=after_two_years_illness'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/transitievergoeding?'));
  await ready(page);
  await page.waitForSelector('#tv-xella');
  assert.equal((await page.textContent('#tv-xella')).trim(), amount);
  assert.match(await page.evaluate(() => location.hash), new RegExp(`einde=${WACHTTIJD_END}`));
  await axeClean(page);
});

test('dormant contract, employer (en): what the employer must do, the compensation for a small employer, duties first', async () => {
  const { page } = suite.browser;
  await startAs(page, suite.server.url, 'I am an employer', 'en');
  await walk(page, dormantPath('werkgever'));
  await toAdvice(page, 'See the advice');
  const h2s = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent));
  assert.ok(h2s.indexOf('Your duties as the employer') < h2s.indexOf('What fits your employee'), h2s.join(' | '));
  const main = await page.textContent('main');
  assert.match(main, new RegExp(`The 104 weeks of sickness ended on ${inWords(WACHTTIJD_END, 'en')}`));
  assert.match(main, /Dormant contract: what to do when your employee proposes to end it/);
  assert.match(main, /If your employee proposes to end the dormant contract, in principle accept the proposal/);
  assert.match(main, /within 6 months after the payment \(when paid in instalments: after the last instalment\)/);
  assert.match(main, /A small employer keeps the compensation/);
  const amount = (await page.textContent('.sw-outcome__amount')).trim();
  assert.match(main, new RegExp(`you in principle pay ${amount.replace('.', '\\.')} gross`));
  // The employer's first-two-year duties are not things to do now.
  assert.doesNotMatch(main, /Report the sickness to the occupational health service or company doctor within a week/);
  assert.doesNotMatch(main, /Keep paying the wage/);
  assert.doesNotMatch(main, /your employer/i);
  await screenshots(page, 'situation-dormant-werkgever', 'en');
});

function fixedTermPath(role, firstSick, lastDay, erd) {
  return [
    ...sickPath(asAnswer(firstSick), { terugkeer_binnen_26_weken: 'weet_niet' }),
    ['baan_eindigt', 'ja'],
    ['reden_einde', 'tijdelijk_contract'],
    ['initiatief', 'werkgever'],
    ['datum_einde', asAnswer(lastDay)],
    ['vso_aangeboden', 'nee'],
    ...contractPath({
      contract_type: 'tijdelijk',
      datum_in_dienst: asAnswer(addDays(TODAY, -697)),
      uren_per_week: { text: '32' },
      bruto_maandloon: { text: '2800' },
      leeftijd: { text: '29' },
    }),
    ...tailPath(role, { eigenrisicodrager: role === 'werkgever' ? erd : undefined, hiaat_excedent: 'weet_niet' }),
  ];
}

test('fixed-term contract ending while sick, employee (nl): the end date in the calendar and the income page, the Ziektewet from the next day', async () => {
  const { page } = suite.browser;
  // Sick for 11 weeks; the contract ends in 32 days, on sick day 109: the full report.
  const first = addDays(TODAY, -76);
  const last = addDays(TODAY, 32);
  const zwFrom = addDays(last, 1);
  await startAs(page, suite.server.url, 'Ik ben werknemer');
  await walk(page, fixedTermPath('werknemer', first, last));
  await toAdvice(page, 'Naar het advies');
  const main = await page.textContent('main');
  assert.match(main, new RegExp(`Je tijdelijke contract eindigt op ${inWords(last, 'nl')}, terwijl je ziek bent\\. Vanaf ${inWords(zwFrom, 'nl')} kun je een Ziektewet-uitkering krijgen`));
  assert.match(main, /Na het einde van je contract: de Ziektewet/);
  assert.match(main, /Dat is in ziekteweek 16\./);
  // € 2.800 × 12 × 1,08 / 12 = € 3.024 a month; 70% = € 2.116,80.
  assert.match(main, /ongeveer € 2\.116,80 bruto per maand/);
  assert.match(main, new RegExp(`Je werkgever moet je op de laatste werkdag, ${inWords(last, 'nl', true)}, ziek melden bij UWV \\(art\\. 38 lid 2 Ziektewet\\)`));
  assert.match(main, /volledige re-integratieverslag/);
  assert.match(main, /Aanzegplicht/);
  assert.match(main, /Je tijdelijke contract stopt en je werkgever verlengt het niet/);
  // Steps after the last day are UWV's in the next deadlines.
  const rows = await page.$$eval('.sw-outcome__deadline', (li) => li.map((l) => l.textContent));
  assert.ok(rows.some((r) => /Wie: UWV/.test(r)), rows.join(' | '));
  await screenshots(page, 'situation-fixedterm-werknemer', 'nl');
  // The income page opens with the end date and shows the Ziektewet.
  await tabTo(page, (d) => (document.activeElement?.getAttribute('href') || '').startsWith('#/inkomen?') && document.activeElement.getAttribute('href').includes(`einde=${d}`), last);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/inkomen?'));
  await ready(page);
  // The interview does not know the work history; fill it in and calculate.
  await typeInto(page, 'inkomen-jaren', '2');
  await tabTo(page, () => document.activeElement?.matches('form.sw-if-form button[type=submit]'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.sw-income-table');
  const [y, m, d] = last.split('-');
  assert.equal(await page.inputValue('#inkomen-einde-dag'), String(Number(d)));
  assert.equal(await page.inputValue('#inkomen-einde-maand'), String(Number(m)));
  assert.equal(await page.inputValue('#inkomen-einde-jaar'), y);
  const income = await page.textContent('main');
  assert.match(income, /Ziektewet-uitkering/);
  assert.match(income, /2\.116,80/);
  await axeClean(page);
  await page.goBack();
  await waitHash(page, '#/advies');
});

test('fixed-term contract ending on a Sunday, employer (en): the report online that day or by post by the working day before, duties that stop at the end', async () => {
  const { page } = suite.browser;
  // Sick for 3 weeks; the last day is Sunday 3 January 2027, sick day 56: the short report.
  // 1 January is a public holiday, so the last working day is Thursday 31 December: the
  // report to UWV is due then (art. 38 lid 2 ZW).
  const first = addDays(TODAY, -20);
  const last = addDays(TODAY, 35);
  const postBy = addDays(TODAY, 32);
  await startAs(page, suite.server.url, 'I am an employer', 'en');
  await walk(page, fixedTermPath('werkgever', first, last, 'nee'));
  await toAdvice(page, 'See the advice');
  const main = await page.textContent('main');
  assert.match(main, /After the contract ends: Sickness Benefit \(Ziektewet\)/);
  assert.match(main, new RegExp(`The contract ends on ${inWords(last, 'en', true)}\\. Report your employee sick to UWV on the last working day, ${inWords(postBy, 'en', true)}`));
  assert.match(main, /falls in a weekend or on a public holiday, so the last working day is earlier/);
  assert.match(main, /short re-integration report on UWV's form/);
  assert.match(main, /Report your employee sick to UWV on the last working day of the contract/);
  assert.doesNotMatch(main, /not earlier and not later/);
  // The employer's later steps are not its duties any more.
  assert.doesNotMatch(main, /Hold the first-year evaluation between weeks 46 and 52/);
  assert.doesNotMatch(main, /Report the sickness to UWV after week 42/);
  assert.match(main, /Your employee's fixed-term contract ends and you do not renew it/);
  assert.doesNotMatch(main, /your employer/i);
  await screenshots(page, 'situation-fixedterm-werkgever', 'en');
  // The calendar opens with the last day; the steps after it are UWV's.
  await tabTo(page, (d) => (document.activeElement?.getAttribute('href') || '').startsWith('#/tijdlijn?') && document.activeElement.getAttribute('href').includes(`einde=${d}`), last);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/tijdlijn?'));
  await ready(page);
  await page.waitForSelector('#tl-list');
  const items = await page.$$eval('#tl-list .sw-timeline__item', (li) => li.map((l) => l.textContent));
  assert.ok(items.length > 5);
  // The reviews after the last day are UWV's; the ones before it stay the employer's.
  assert.ok(items.some((t) => /Review 1 of the action plan/.test(t) && /Who: UWV/.test(t)), items.join(' | '));
  assert.ok(items.some((t) => /Action plan ready/.test(t) && /Who: employer and employee together/.test(t)));
  assert.match(await page.textContent('#tl-notices'), /on the last working day of the contract \(art\. 38\(2\) Ziektewet\)/);
  await axeClean(page);
  await screenshot(page, 'situation-fixedterm-tijdlijn-en');
});

test('no console errors, no page errors, only the app\'s own files, no CSP violations', () => {
  assert.ok(visited.size >= 25, `pages checked with axe: ${visited.size}`);
  assertCleanRun(suite.browser, suite.server.url);
});
