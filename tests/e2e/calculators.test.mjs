// The calculator pages #/transitievergoeding and #/tijdlijn on the release build:
// keyboard-only filling, amounts equal to the command line's for the same inputs, every
// kind of invalid input, the .ics download, deep links, axe in both languages, and the
// privacy tripwires.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, ready, axe, formatViolations, screenshot, assertCleanRun, atViewport, horizontalOverflow, ROOT } from './lib.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});
after(async () => { await browser.close(); await server.close(); });

// ---------- the command line, for the same inputs ----------
const BIN = path.join(ROOT, 'target', 'debug', 'spoorwijzer');
function cli(args, input) {
  const opts = { input: JSON.stringify(input), cwd: ROOT, encoding: 'utf8' };
  if (fs.existsSync(BIN)) return execFileSync(BIN, args, opts);
  return execFileSync('cargo', ['run', '-q', '-p', 'spoorwijzer-core', '--bin', 'spoorwijzer', '--', ...args], opts);
}
/** The raw decimal text of a money key in the CLI's JSON (never through a float). */
function rawMoney(json, key) {
  const m = json.match(new RegExp(`"${key}"\\s*:\\s*(-?[0-9]+\\.[0-9]{2})`));
  assert.ok(m, `CLI output has ${key}: ${json.slice(0, 300)}`);
  return m[1];
}
/** "15840.00" -> "€ 15.840,00" (Dutch display, as Cents::format). */
function nlMoney(plain) {
  const [int, frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${grouped},${frac}`;
}

// ---------- keyboard helpers ----------
async function open(page, hash, lang = 'nl') {
  await page.goto('about:blank');
  await page.goto(`${server.url}/?lang=${lang}#${hash}`);
  await ready(page);
}
async function typeInto(page, id, text) {
  await page.focus(`#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  if (text !== '') await page.keyboard.type(text);
}
/** Type a date as dd, Tab, mm, Tab, yyyy (checks the tab order of the three inputs). */
async function typeDate(page, id, ddmmyyyy) {
  const [d, m, y] = ddmmyyyy.split('-');
  await typeInto(page, `${id}-dag`, d);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(m);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(y);
}
/** Move the selection of a radio group with the arrow keys until `value` is checked. */
async function chooseRadio(page, name, value) {
  await page.focus(`input[name="${name}"]:checked`);
  for (let i = 0; i < 20; i++) {
    const v = await page.evaluate((n) => document.querySelector(`input[name="${n}"]:checked`)?.value, name);
    if (v === value) return;
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`could not choose ${value} in ${name}`);
}
/**
 * Fill fields in the order given, by id: a date field's three inputs are typed, a radio
 * group (its name) is chosen with the arrow keys, any other field is typed into.
 */
async function fillIn(page, values) {
  for (const [id, value] of Object.entries(values)) {
    if (await page.locator(`input[type=radio][name="${id}"]`).count()) await chooseRadio(page, id, value);
    else if (await page.locator(`#${id}-dag`).count()) await typeDate(page, id, value);
    else await typeInto(page, id, value);
  }
}
/** Each input (by id) has the value given. */
async function assertValues(page, values) {
  for (const [id, value] of Object.entries(values)) assert.equal(await page.inputValue(`#${id}`), value, id);
}
async function submit(page, id) {
  await page.focus(`#${id}`);
  await page.keyboard.press('Enter');
}

// ---------- transitievergoeding ----------
// Each case: what is typed on the page, and the same input as CLI JSON.
const TV_CASES = [
  {
    name: 'eleven whole years, monthly wage',
    page: { start: '01-03-2015', einde: '28-02-2026', loon: '4000' },
    cli: { start_date: '2015-03-01', end_date: '2026-02-28', base_monthly_wage: '4000' },
    uncertainAmount: false,
  },
  {
    name: 'hourly wage and a fixed-term contract not renewed',
    page: { start: '01-01-2019', einde: '30-06-2025', hourly: true, uurloon: '25,50', uren: '38', reden: 'fixed_term_not_renewed' },
    cli: { start_date: '2019-01-01', end_date: '2025-06-30', hourly_wage: '25.50', hours_per_week: '38', termination: 'fixed_term_not_renewed' },
  },
  {
    name: 'Dutch notation and every wage component',
    page: { start: '15-05-2010', einde: '30-11-2024', loon: '3.250,50', vakantiegeld: '8,33', vast_jaar: '€ 3.000', vast_12m: '1200', variabel_3j: '4.500' },
    cli: { start_date: '2010-05-15', end_date: '2024-11-30', base_monthly_wage: '3250.50', holiday_allowance_pct: '8.33', fixed_yearly_extras: '3000', fixed_components_last_12_months: '1200', variable_components_last_3_years: '4500' },
  },
  {
    name: 'a long employment above the cap',
    page: { start: '01-01-1995', einde: '30-06-2026', loon: '9000' },
    cli: { start_date: '1995-01-01', end_date: '2026-06-30', base_monthly_wage: '9000' },
    // 102.060 before the cap is above the statutory € 102.000: the amount depends on how
    // "het loon over twaalf maanden" is read, so the page says so next to the amount.
    uncertainAmount: true,
  },
  {
    name: 'mutual consent: not due, the statutory amount as a benchmark',
    page: { start: '01-09-2017', einde: '31-08-2025', loon: '3800', reden: 'mutual_consent' },
    cli: { start_date: '2017-09-01', end_date: '2025-08-31', base_monthly_wage: '3800', termination: 'mutual_consent' },
    key: 'amount',
  },
  {
    name: 'deductible transition costs',
    page: { start: '01-01-2018', einde: '31-12-2025', loon: '5000', kosten: '1.500' },
    cli: { start_date: '2018-01-01', end_date: '2025-12-31', base_monthly_wage: '5000', deductible_costs: '1500' },
  },
  {
    name: 'partial dismissal of 40% of the hours, with loose days',
    page: { start: '17-04-2016', einde: '09-10-2025', loon: '2875,25', reden: 'partial_dismissal', deel: '40' },
    cli: { start_date: '2016-04-17', end_date: '2025-10-09', base_monthly_wage: '2875.25', termination: 'partial_dismissal', partial_dismissal_fraction: '0.4' },
  },
];

async function fillTv(page, c) {
  await typeDate(page, 'tv-start', c.start);
  await typeDate(page, 'tv-einde', c.einde);
  if (c.hourly) {
    await chooseRadio(page, 'tv-loonvorm', 'uur');
    await typeInto(page, 'tv-uurloon', c.uurloon);
    await typeInto(page, 'tv-uren', c.uren);
  } else {
    await typeInto(page, 'tv-loon', c.loon);
  }
  if (c.vakantiegeld !== undefined) await typeInto(page, 'tv-vakantiegeld', c.vakantiegeld);
  for (const k of ['vast_jaar', 'vast_12m', 'variabel_3j', 'kosten']) {
    if (c[k] !== undefined) await typeInto(page, `tv-${k}`, c[k]);
  }
  if (c.reden) await chooseRadio(page, 'tv-reden', c.reden);
  if (c.deel !== undefined) await typeInto(page, 'tv-deel', c.deel);
}

test('transitievergoeding: empty page in both languages is axe clean', async () => {
  const { page } = browser;
  for (const lang of ['nl', 'en']) {
    await open(page, '/transitievergoeding', lang);
    assert.match(await page.title(), /^(Transitievergoeding berekenen|Calculate the transitievergoeding) - Spoorwijzer$/);
    assert.equal(await page.inputValue('#tv-vakantiegeld'), '8', 'default 8% holiday allowance');
    assert.equal(await page.getAttribute('#tv-result-heading', 'tabindex'), '-1');
    assert.equal(await page.locator('.sw-calc__result [aria-live="polite"]').count(), 1);
    assert.deepEqual(formatViolations(await axe(page)), '');
  }
});

for (const c of TV_CASES) {
  test(`transitievergoeding by keyboard equals the command line: ${c.name}`, async () => {
    const { page } = browser;
    await open(page, '/transitievergoeding');
    await fillTv(page, c.page);
    await submit(page, 'tv-submit');
    await page.waitForSelector('#tv-amount');
    const out = cli(['transitievergoeding'], c.cli);
    const expected = nlMoney(rawMoney(out, c.key || 'payable'));
    assert.equal((await page.textContent('#tv-amount')).trim(), expected);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'tv-result-heading', 'focus moves to the result heading');
    assert.match(await page.title(), /^Transitievergoeding berekenen - Spoorwijzer$/);
    const due = /"due"\s*:\s*true/.test(out);
    assert.match(await page.textContent('#tv-verdict'), due ? /is verschuldigd/ : /geen transitievergoeding verschuldigd/);
    // The cap with its year and source, the deadline and the explanation are there.
    assert.match(await page.textContent('#tv-cap'), /20\d\d/);
    // The claim deadline only when something is owed.
    if (due) assert.ok((await page.textContent('#tv-claim-deadline')).length > 5);
    else assert.equal(await page.$('#tv-claim-deadline'), null, 'no claim deadline when nothing is owed');
    assert.ok(await page.locator('#tv-how li').count() > 5);
    if (c.uncertainAmount !== undefined) {
      const note = page.locator('.sw-amount + .sw-uncertain');
      assert.equal(await note.count(), c.uncertainAmount ? 1 : 0, 'uncertainty note next to the amount');
      if (c.uncertainAmount) assert.match(await note.textContent(), /jaarsalaris/);
    }
    // Typing did not write figures into the address.
    assert.equal(new URL(page.url()).hash, '#/transitievergoeding');
  });
}

test('the claim deadline says when it has passed, and is not shown for a settlement agreement', async () => {
  const { page } = browser;
  // The contract ended on 28 February 2026: the 3 months to claim ended in May 2026.
  await page.goto(`${server.url}/?lang=nl&run=${Date.now()}#/transitievergoeding?start=2015-03-01&einde=2026-02-28&loon=4000&reden=employer_initiative`);
  await ready(page);
  await page.waitForSelector('#tv-claim-deadline');
  assert.match(await page.textContent('#tv-claim-deadline'), /\d+ mei 2026 Deze datum is voorbij\./);
  // A settlement agreement: nothing is owed by law, so no deadline to claim it.
  await page.goto(`${server.url}/?lang=nl&run=${Date.now()}#/transitievergoeding?start=2015-03-01&einde=2027-02-28&loon=4000&reden=mutual_consent`);
  await ready(page);
  await page.waitForSelector('#tv-verdict');
  assert.equal(await page.$('#tv-claim-deadline'), null);
  assert.deepEqual(formatViolations(await axe(page)), '');
});

test('transitievergoeding: result state is axe clean in both languages; money fields say what they read', async () => {
  const { page } = browser;
  for (const lang of ['nl', 'en']) {
    await open(page, '/transitievergoeding', lang);
    await fillTv(page, TV_CASES[2].page);
    assert.equal((await page.textContent('#tv-loon-read')).trim(), lang === 'nl' ? 'Gelezen als € 3.250,50' : 'Read as €3,250.50');
    await submit(page, 'tv-submit');
    await page.waitForSelector('#tv-amount');
    await page.click('#tv-how summary');
    assert.deepEqual(formatViolations(await axe(page)), '');
    await screenshot(page, `calc-tv-result-${lang}`);
  }
});

test('transitievergoeding: every kind of invalid input shows its message; focus goes to the summary', async () => {
  const { page } = browser;
  await open(page, '/transitievergoeding');
  const rounds = [
    {
      fill: { 'tv-start': '31-02-2020', 'tv-loon': '-5', 'tv-vakantiegeld': '120', 'tv-vast_jaar': 'abc' },
      expect: {
        'tv-start': 'Deze datum bestaat niet',
        'tv-einde': 'Vul dit in.',
        'tv-loon': 'niet negatief',
        'tv-vakantiegeld': 'tussen 0 en 100',
        'tv-vast_jaar': 'Vul een getal in',
      },
    },
    {
      fill: { 'tv-start': '01-01-1949', 'tv-einde': '01-01-2026', 'tv-loon': '2.000.000', 'tv-vakantiegeld': '8', 'tv-vast_jaar': '' },
      expect: { 'tv-start': 'tussen 01-01-1950 en 31-12-2099', 'tv-loon': 'Dit is meer dan € 1.000.000' },
    },
    {
      fill: { 'tv-start': '01-01-2025', 'tv-einde': '01-01-2024', 'tv-loonvorm': 'uur', 'tv-uurloon': '20', 'tv-uren': '200' },
      expect: { 'tv-einde': 'vóór de begindatum', 'tv-uren': 'hoogstens 168 uur' },
    },
  ];
  for (const r of rounds) {
    await fillIn(page, r.fill);
    await submit(page, 'tv-submit');
    await page.waitForSelector('#sw-error-summary');
    await page.waitForFunction(() => document.activeElement?.id === 'sw-error-summary');
    assert.match(await page.title(), /^Fout: /);
    assert.equal(await page.getAttribute('#sw-error-summary', 'role'), 'alert');
    const summary = await page.textContent('#sw-error-summary');
    for (const [id, msg] of Object.entries(r.expect)) {
      assert.ok(summary.includes(msg), `summary has "${msg}": ${summary}`);
      const inline = await page.textContent(`#${id}-error`);
      assert.ok(inline.includes(msg), `inline message for ${id}: ${inline}`);
      assert.equal(await page.locator(`#sw-error-summary a[href="#${id}${id === 'tv-start' || id === 'tv-einde' ? '-dag' : ''}"]`).count(), 1);
    }
    assert.equal(await page.locator('#sw-error-summary li').count(), Object.keys(r.expect).length);
  }
  // A summary link moves focus to its field, by keyboard.
  await page.focus('#sw-error-summary a[href="#tv-uren"]');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tv-uren');
  assert.equal(new URL(page.url()).hash, '#/transitievergoeding', 'the link does not change the route');
  const describedBy = await page.getAttribute('#tv-uren', 'aria-describedby');
  assert.ok(describedBy.includes('tv-uren-error'));
  assert.equal(await page.getAttribute('#tv-uren', 'aria-invalid'), 'true');
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'calc-tv-errors-nl');
  // English error state.
  await open(page, '/transitievergoeding', 'en');
  await submit(page, 'tv-submit');
  await page.waitForSelector('#sw-error-summary');
  assert.match(await page.textContent('#sw-error-summary'), /There is a problem/);
  assert.match(await page.title(), /^Error: /);
  assert.deepEqual(formatViolations(await axe(page)), '');
});

test('transitievergoeding: a whole date pasted into the day field fills all three', async () => {
  const { page } = browser;
  await open(page, '/transitievergoeding');
  await page.focus('#tv-start-dag');
  await page.keyboard.insertText('05-03-2016');
  await assertValues(page, { 'tv-start-dag': '05', 'tv-start-maand': '03', 'tv-start-jaar': '2016' });
});

test('transitievergoeding: a deep link fills the form and shows the result at once', async () => {
  const { page } = browser;
  await open(page, '/transitievergoeding?start=2015-03-01&einde=2026-02-28&loon=4000&vakantiegeld=8');
  await page.waitForSelector('#tv-amount');
  await assertValues(page, { 'tv-start-dag': '1', 'tv-start-jaar': '2015', 'tv-loon': '4000' });
  const out = cli(['transitievergoeding'], TV_CASES[0].cli);
  assert.equal((await page.textContent('#tv-amount')).trim(), nlMoney(rawMoney(out, 'payable')));
  assert.equal(await page.locator('#tv-link-notice').count(), 0);
  // Copy a link to this calculation: it reproduces the inputs.
  await page.click('#tv-copy-link');
  await page.waitForFunction(() => document.querySelector('#tv-status')?.textContent.length > 0);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#\/transitievergoeding\?start=2015-03-01&einde=2026-02-28&loon=4000&vakantiegeld=8&reden=employer_initiative$/);
});

test('transitievergoeding: a malformed deep link shows a notice and never crashes', async () => {
  const { page } = browser;
  await open(page, '/transitievergoeding?start=2015-02-31&loon=veel&reden=boos&onbekend=1&einde=2026-01-01');
  const notice = await page.textContent('#tv-link-notice');
  for (const k of ['start', 'loon', 'reden', 'onbekend']) assert.ok(notice.includes(`"${k}"`), `${k} in ${notice}`);
  assert.equal(await page.inputValue('#tv-einde-jaar'), '2026', 'valid parameters are still used');
  assert.deepEqual(formatViolations(await axe(page)), '');
});

// ---------- tijdlijn ----------
function isoDaysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const p = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
const toDmy = (iso) => iso.split('-').reverse().join('-');

test('tijdlijn: empty page is axe clean in both languages; add and remove a period', async () => {
  const { page } = browser;
  for (const lang of ['nl', 'en']) {
    await open(page, '/tijdlijn', lang);
    assert.deepEqual(formatViolations(await axe(page)), '');
  }
  await open(page, '/tijdlijn');
  await page.focus('#tl-add-period');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#tl-periode_1_van-dag').count(), 1);
  assert.match(await page.textContent('#tl-form'), /Ziekteperiode 2/);
  await page.getByRole('button', { name: 'Verwijder ziekteperiode 2' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#tl-periode_1_van-dag').count(), 0);
});

test('tijdlijn by keyboard: dates equal the command line, gedaan, filter, copy, .ics', async () => {
  const { page } = browser;
  const from = isoDaysAgo(100);
  await open(page, '/tijdlijn');
  await typeDate(page, 'tl-periode_0_van', toDmy(from));
  await typeInto(page, 'tl-label', 'J.J.');
  await submit(page, 'tl-submit');
  await page.waitForSelector('#tl-list li');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tl-result-heading');
  // The same dates as `spoorwijzer tijdlijn` for the same period.
  const out = JSON.parse(cli(['tijdlijn'], { sick_periods: [{ from, until: null }], today: isoDaysAgo(0), done: [] }));
  const pageDates = await page.$$eval('#tl-list li', (lis) => lis.map((li) => [li.dataset.id, li.querySelector('time').getAttribute('datetime')]));
  assert.deepEqual(pageDates, out.milestones.map((m) => [m.id, m.date]));
  // Day 42 is 58 days ago: a missed step, shown as "verlopen" in text.
  const pa = page.locator('li[data-id="probleemanalyse"]');
  assert.match(await pa.locator('.sw-badge').textContent(), /verlopen/);
  // Tick it as done by keyboard: the badge says "gedaan".
  await page.focus('#tl-done-probleemanalyse');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('li[data-id="probleemanalyse"] .sw-badge').textContent.includes('gedaan'));
  // Every status is text, not colour only.
  for (const t of await page.$$eval('#tl-list .sw-badge', (b) => b.map((x) => x.textContent))) {
    assert.match(t, /Status: (gedaan|verlopen|voorbij|binnenkort|gepland|niet nodig)/);
  }
  await page.click('#tl-list li:first-child summary');
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'calc-tl-result-nl');
  // Filter by actor.
  const all = await page.locator('#tl-list li').count();
  await chooseRadio(page, 'tl-filter', 'werknemer');
  const employee = await page.$$eval('#tl-list li', (lis) => lis.map((li) => li.dataset.actor));
  assert.ok(employee.length > 0 && employee.length < all);
  for (const a of employee) assert.ok(['werknemer', 'werkgever_en_werknemer', 'uwv'].includes(a), a);
  await chooseRadio(page, 'tl-filter', 'werkgever');
  for (const a of await page.$$eval('#tl-list li', (lis) => lis.map((li) => li.dataset.actor))) {
    assert.ok(['werkgever', 'werkgever_en_werknemer', 'bedrijfsarts', 'uwv'].includes(a), a);
  }
  await chooseRadio(page, 'tl-filter', 'alle');
  assert.equal(await page.locator('#tl-list li').count(), all);
  // Copy the overview: a plain-text summary and a polite status.
  await page.focus('#tl-copy');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#tl-status').textContent.includes('gekopieerd'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith('Poortwachter-tijdlijn - J.J.\n'), copied.slice(0, 80));
  assert.equal(copied.split('\n').filter((l) => l.includes('(week ')).length, all);
  // The .ics download: made in the browser, RFC 5545 structure.
  const [download] = await Promise.all([page.waitForEvent('download'), (async () => { await page.focus('#tl-download'); await page.keyboard.press('Enter'); })()]);
  assert.equal(download.suggestedFilename(), 'poortwachter-kalender.ics');
  const ics = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'every line ends with CRLF');
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line too long: ${line}`);
  const events = ics.match(/BEGIN:VEVENT\r\n/g) || [];
  assert.equal(events.length, (ics.match(/END:VEVENT\r\n/g) || []).length);
  assert.equal(events.length, all, 'one event per step');
  assert.match(ics, /X-WR-CALNAME:Poortwachter-tijdlijn - J\.J\./);
  for (const ev of ics.split('BEGIN:VEVENT').slice(1)) {
    assert.match(ev, /\r\nUID:[^\r\n]+\r\n/);
    assert.match(ev, /\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);
    assert.match(ev, /\r\nSUMMARY:/);
  }
  await screenshot(page, 'calc-tl-after-actions');
});

test('tijdlijn: invalid input shows messages, focus goes to the summary; English error and result states', async () => {
  const { page } = browser;
  await open(page, '/tijdlijn');
  await typeDate(page, 'tl-periode_0_van', '31-02-2026');
  await typeInto(page, 'tl-loonsanctie', '60');
  await submit(page, 'tl-submit');
  await page.waitForFunction(() => document.activeElement?.id === 'sw-error-summary');
  assert.match(await page.title(), /^Fout: Poortwachter-kalender/);
  const s = await page.textContent('#sw-error-summary');
  assert.match(s, /Deze datum bestaat niet/);
  assert.match(s, /hoogstens 52/);
  assert.match(await page.textContent('#tl-loonsanctie-error'), /hoogstens 52/);
  assert.deepEqual(formatViolations(await axe(page)), '');
  // End before start, and an empty first day.
  await typeDate(page, 'tl-periode_0_van', '10-03-2026');
  await typeDate(page, 'tl-periode_0_tot', '01-03-2026');
  await typeInto(page, 'tl-loonsanctie', '');
  await submit(page, 'tl-submit');
  await page.waitForSelector('#tl-periode_0_tot-error');
  assert.match(await page.textContent('#tl-periode_0_tot-error'), /vóór de begindatum/);
  await open(page, '/tijdlijn', 'en');
  await submit(page, 'tl-submit');
  await page.waitForSelector('#sw-error-summary');
  assert.match(await page.textContent('#tl-periode_0_van-error'), /Enter this/);
  assert.match(await page.title(), /^Error: /);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await typeDate(page, 'tl-periode_0_van', toDmy(isoDaysAgo(30)));
  await submit(page, 'tl-submit');
  await page.waitForSelector('#tl-list li');
  assert.deepEqual(formatViolations(await axe(page)), '');
});

test('tijdlijn: a deep link fills the form and shows the calendar; a malformed one shows a notice', async () => {
  const { page } = browser;
  await open(page, '/tijdlijn?periode=2026-01-05..&periode=2025-03-03..2025-05-30&loonsanctie=4');
  await page.waitForSelector('#tl-list li');
  await assertValues(page, { 'tl-periode_0_van-dag': '5', 'tl-periode_1_tot-maand': '5', 'tl-loonsanctie': '4' });
  assert.equal(await page.locator('#tl-link-notice').count(), 0);
  assert.match(await page.textContent('#tl-notices'), /Loonsanctie/);
  const out = JSON.parse(cli(['tijdlijn'], { sick_periods: [{ from: '2025-03-03', until: '2025-05-30' }, { from: '2026-01-05', until: null }], today: isoDaysAgo(0), loonsanctie_weeks: 4 }));
  const pageDates = await page.$$eval('#tl-list li', (lis) => lis.map((li) => li.querySelector('time').getAttribute('datetime')));
  assert.deepEqual(pageDates, out.milestones.map((m) => m.date));
  await open(page, '/tijdlijn?periode=2026-02-31..&loonsanctie=99&x=1');
  const notice = await page.textContent('#tl-link-notice');
  assert.match(notice, /"periode"/);
  assert.match(notice, /"loonsanctie"/);
  assert.match(notice, /"x"/);
  assert.equal(await page.locator('#tl-list').count(), 0);
  assert.deepEqual(formatViolations(await axe(page)), '');
});

test('calculators: narrow screen (320 px) has no horizontal scrolling', async () => {
  const { page } = browser;
  await atViewport(page, { width: 320, height: 640 }, async () => {
    for (const hash of ['/transitievergoeding?start=2015-03-01&einde=2026-02-28&loon=4000', '/tijdlijn?periode=2026-01-05..']) {
      await open(page, hash);
      const overflow = await horizontalOverflow(page);
      assert.ok(overflow <= 0, `${hash}: ${overflow}px too wide`);
    }
    await screenshot(page, 'calc-320');
  });
});

test('calculators: no console errors, no page errors, only the app\'s own files, no CSP violations', () => {
  assertCleanRun(browser, server.url);
});
