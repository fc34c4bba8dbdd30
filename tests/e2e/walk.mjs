// Keyboard walking through the interview, shared by the e2e tests: Tab, Space, arrows,
// Enter and typing only (no clicks), axe-core on every page a walk visits, and a fixed
// "today" so that situations can be written with dates relative to it.
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { ready, axe, formatViolations, serve, launch, screenshot } from './lib.mjs';

/** The hashes (without query) that `axeClean` checked, over the whole test file. */
export const visited = new Set();

export async function axeClean(page) {
  const where = await page.evaluate(() => location.hash);
  assert.deepEqual(formatViolations(await axe(page)), '', `axe on ${where}`);
  visited.add(where.split('?')[0]);
}

/** Press Tab until `pred(activeElement)` holds (evaluated in the page). */
export async function tabTo(page, pred, arg, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(pred, arg)) return;
  }
  const now = await page.evaluate(() => document.activeElement?.outerHTML?.slice(0, 120));
  assert.fail(`not reachable by Tab: ${pred} ${arg ?? ''} (focus on ${now})`);
}

export async function waitHash(page, hash) {
  await page.waitForFunction((h) => location.hash === h, hash, { timeout: 10000 });
  await ready(page);
}

export async function pressContinue(page) {
  await tabTo(page, () => document.activeElement?.matches('form button[type=submit]'));
  await page.keyboard.press('Enter');
}

/** Select the radio with this value: Tab into the group, Space, then arrows. */
export async function chooseRadio(page, value) {
  await tabTo(page, () => document.activeElement?.matches('input[type=radio][name=antwoord]'));
  if (await page.evaluate((v) => document.activeElement.value === v, value)) {
    await page.keyboard.press('Space');
    return;
  }
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('ArrowDown');
    if (await page.evaluate((v) => document.activeElement.value === v && document.activeElement.checked, value)) return;
  }
  assert.fail(`option ${value} not reachable with the arrow keys`);
}

export async function typeInto(page, id, text) {
  await tabTo(page, (i) => document.activeElement?.id === i, id);
  await page.keyboard.type(text);
}

/** Answer the question on screen. `a` is an option id, {date:'dd-mm-jjjj'}, {text}, or 'weet_niet'. */
export async function answer(page, id, a) {
  const kind = await page.evaluate(() => (document.querySelector('input[type=radio][name=antwoord]') ? 'choice' : 'other'));
  if (kind === 'choice') {
    await chooseRadio(page, a);
  } else if (a === 'weet_niet') {
    await tabTo(page, () => document.activeElement?.id === 'antwoord-weet-niet');
    await page.keyboard.press('Space');
  } else if (a.date) {
    const [dd, mm, yyyy] = a.date.split('-');
    await typeInto(page, 'antwoord-dag', dd);
    await typeInto(page, 'antwoord-maand', mm);
    await typeInto(page, 'antwoord-jaar', yyyy);
  } else {
    await typeInto(page, 'antwoord', a.text);
  }
  await pressContinue(page);
}

/** Walk a scripted path from the question on screen; each step expects its own page. */
export async function walk(page, path, end = '#/controle') {
  for (let i = 0; i < path.length; i++) {
    const [id, a] = path[i];
    await waitHash(page, `#/vraag/${id}`);
    assert.equal(await page.evaluate(() => document.querySelectorAll('main h1').length), 1, `one h1 on ${id}`);
    await axeClean(page);
    await fitsNarrow(page, id);
    await answer(page, id, a);
  }
  await waitHash(page, end);
}

/** The page has no sideways scrolling in a 320 px window (then the size it had). */
export async function fitsNarrow(page, what) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize(size);
  assert.ok(overflow <= 0, `${what}: ${overflow}px sideways at 320 px`);
}

/**
 * Open the start page on a fresh document (the query differs, so no answers are left from
 * an earlier test) in `lang`, and choose the role whose button text contains `roleText`.
 */
export async function startAs(page, baseUrl, roleText, lang = 'nl') {
  await page.goto(`${baseUrl}/?lang=${lang}&run=${Date.now()}#/`);
  await ready(page);
  await tabTo(page, (t) => (document.activeElement?.textContent || '').includes(t), roleText);
  await page.keyboard.press('Enter');
}

/**
 * Freeze the page's clock at noon (local time) on `isoDay` (YYYY-MM-DD) before the app
 * starts: the app reads today's date once at start, so every date it shows follows.
 */
export async function fixToday(page, isoDay) {
  await page.clock.setFixedTime(new Date(`${isoDay}T12:00:00`));
}

/** `isoDay` plus `n` days (negative for earlier), as YYYY-MM-DD. */
export function addDays(isoDay, n) {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** YYYY-MM-DD as the interview's date answer {date: 'dd-mm-jjjj'}. */
export function asAnswer(isoDay) {
  const [y, m, d] = isoDay.split('-');
  return { date: `${d}-${m}-${y}` };
}

/**
 * The sickness questions, `ziek_nu` to `spoor2_gestart`, as [id, answer] pairs for someone
 * sick since `firstSick` (a date answer). Every answer has a common default that `over`
 * replaces by question id; `oordeel_bedrijfsarts_situatief` is only asked when given.
 */
export function sickPath(firstSick, over = {}) {
  const answers = {
    ziek_nu: 'ja',
    eerste_ziektedag: firstSick,
    eerdere_ziekteperiode: 'nee',
    probleemanalyse_gedaan: 'ja',
    plan_van_aanpak_gedaan: 'ja',
    arbeidsdeskundig_onderzoek: 'nee',
    eigen_werk_mogelijk: 'nee',
    aangepast_werk_mogelijk: 'nee',
    ander_werk_intern: 'nee',
    oorzaak_werk_of_conflict: 'nee',
    oordeel_bedrijfsarts_situatief: undefined,
    terugkeer_binnen_26_weken: 'nee',
    eerstejaarsevaluatie_gedaan: 'nee',
    spoor2_gestart: 'nee',
  };
  return pairs(answers, over);
}

/** The contract questions, `contract_type` to `leeftijd`, with `over` as in `sickPath`. */
export function contractPath(over = {}) {
  const answers = {
    contract_type: 'vast',
    datum_in_dienst: undefined,
    uren_per_week: { text: '36' },
    bruto_maandloon: 'weet_niet',
    werkgever_grootte: 'vanaf_25',
    leeftijd: { text: '45' },
  };
  return pairs(answers, over);
}

/** The closing questions for `role` ('werkgever' or 'werknemer'), with `over` as above. */
export function tailPath(role, over = {}) {
  const answers = {
    eigenrisicodrager: role === 'werkgever' ? 'nee' : undefined,
    hiaat_excedent: 'geen',
    loon_boven_wia_grens: 'nee',
    zelfstandig_inkomen: role === 'werknemer' ? 'nee' : undefined,
  };
  return pairs(answers, over);
}

function pairs(defaults, over) {
  for (const id of Object.keys(over)) {
    assert.ok(id in defaults, `no question ${id} in this part of the path`);
  }
  return Object.entries({ ...defaults, ...over }).filter(([, a]) => a !== undefined);
}

/**
 * A test file's server and browser, started before its tests and closed after them, with
 * "today" fixed at `today` (YYYY-MM-DD) when given. Use `suite.server` and `suite.browser`
 * inside the tests.
 */
export function browserSuite(today) {
  const suite = {};
  before(async () => {
    suite.server = await serve();
    suite.browser = await launch();
    if (today) await fixToday(suite.browser.page, today);
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

const MONTHS = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const WEEKDAYS = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** YYYY-MM-DD as the app writes it: "30 augustus 2026", or with the weekday in front. */
export function inWords(iso, lang, weekday = false) {
  const d = new Date(`${iso}T12:00:00Z`);
  const text = `${d.getUTCDate()} ${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return weekday ? `${WEEKDAYS[lang][d.getUTCDay()]} ${text}` : text;
}

/** From the check page to the advice by keyboard (the button labelled `label`), axe on
 * both; returns the advice's text. */
export async function toAdvice(page, label) {
  await axeClean(page);
  await tabTo(page, (t) => (document.activeElement?.textContent || '').includes(t), label);
  await page.keyboard.press('Enter');
  await waitHash(page, '#/advies');
  await axeClean(page);
  return page.textContent('main');
}

/** Switch the language with the header's switch, by keyboard. */
export async function switchLang(page, lang) {
  await tabTo(page, (l) => document.activeElement?.getAttribute('lang') === l, lang);
  await page.keyboard.press('Enter');
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await ready(page);
}

/** A 320 px screenshot in the current language: axe clean, no sideways scrolling; then
 * back to the desktop width. */
export async function narrow(page, name) {
  await page.setViewportSize({ width: 320, height: 800 });
  try {
    await axeClean(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: ${overflow}px sideways at 320 px`);
    await screenshot(page, name);
  } finally {
    await page.setViewportSize({ width: 1024, height: 800 });
  }
}
