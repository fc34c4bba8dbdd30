// The employer batch page (#/werkgever/batch) on the release build: upload a CSV through
// the file input, results and totals, a bad row listed with its line and column while the
// good rows are computed, sorting, the result download (BOM, error column, same numbers as
// shown), the template downloads, a 1,000-row file under the privacy tripwires, and axe on
// the empty, error and result states in Dutch and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, ready, axe, formatViolations, screenshot, parseCsv, withBrowser, assertCleanRun, atViewport } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

// a1: docs/law/transitievergoeding.md example 10, 3,379.03; a2: end before start (line 3);
// a3: 10 whole years at 3,000 = 10,000.00; a4: only a first sick day (Poortwachter status).
const SMALL = [
  'personeelsnummer;begindatum;einddatum;maandloon;vakantiegeld;eerste_ziektedag;gedaan',
  'a1;15-03-2022;31-07-2025;3.000,00;0;;',
  'a2;01-01-2025;01-01-2024;3000;0;;',
  'a3;01-01-2015;31-12-2024;3000;0;;',
  'a4;;;;;05-01-2026;ziekmelding_bedrijfsarts|probleemanalyse',
].join('\r\n') + '\r\n';

const BOM = '\ufeff';

async function open(page, lang) {
  await page.goto(`${server.url}/?lang=${lang}#/werkgever/batch`);
  await ready(page);
}

async function upload(page, name, text) {
  await page.setInputFiles('#sw-batch-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

async function columnTexts(page, column) {
  return page.$$eval(`#sw-batch-table tbody td[data-column="${column}"]`, (tds) => tds.map((td) => td.textContent.trim()));
}

/** "€ 3.379,03" -> "3379,03" (digits and the decimal comma). */
const plainNl = (s) => s.replace(/[€\s.]/g, '');
/** "€ 3.379,03" -> "3.379,03" (the CSV's form with a `;` delimiter). */
const cellNl = (s) => s.replace(/[€\s]/g, '');

test('empty page in Dutch and English: heading, privacy line, labelled file input, axe clean', async () => {
  const { page } = browser;
  for (const [lang, h1, privacy, label] of [
    ['nl', /Berekening voor meerdere werknemers/, /Het bestand blijft op je apparaat/, 'CSV-bestand met werknemers'],
    ['en', /Calculation for several employees/, /The file stays on your device/, 'CSV file with employees'],
  ]) {
    await open(page, lang);
    assert.match(await page.textContent('h1'), h1);
    assert.match(await page.textContent('#sw-batch-privacy'), privacy);
    assert.equal(await page.textContent('label[for="sw-batch-file"]'), label);
    assert.equal(await page.getAttribute('#sw-batch-file', 'type'), 'file');
    assert.deepEqual(formatViolations(await axe(page)), '');
    await screenshot(page, `batch-empty-${lang}`);
  }
});

test('upload: totals, per-row results, a bad row with line and column, the good rows computed', async () => {
  const { page } = browser;
  await open(page, 'nl');
  await upload(page, 'personeel.csv', BOM + SMALL);
  await page.waitForSelector('#sw-batch-totals');
  assert.equal(await page.textContent('#sw-total-rows'), '4');
  assert.equal(await page.textContent('#sw-total-errors'), '1');
  assert.equal(await page.textContent('#sw-total-due'), '2');
  // 3,379.03 + 10,000.00 = 13,379.03.
  assert.equal(await page.textContent('#sw-total-amount'), '€ 13.379,03');
  assert.match(await page.textContent('#sw-batch-status'), /4 werknemers gelezen, 1 met een fout/);
  // The bad row: line 3, column end_date.
  const errRows = await page.$$eval('#sw-batch-errors tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  // The column as the file wrote it.
  assert.deepEqual(errRows, [['3', 'einddatum', 'einddatum: ligt vóór de begindatum']]);
  assert.deepEqual(await columnTexts(page, 'id'), ['a1', 'a2', 'a3', 'a4']);
  assert.deepEqual(await columnTexts(page, 'amount'), ['€ 3.379,03', '–', '€ 10.000,00', '–']);
  // The sick-only row has its Poortwachter status.
  const next = await columnTexts(page, 'next_deadline');
  assert.match(next[3], /^\d\d-\d\d-\d{4}: /);
  assert.equal(next[0], '–');
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'batch-result-nl');
});

test('sorting by a header button: numeric amounts, aria-sort, missing values last', async () => {
  const { page } = browser;
  await open(page, 'nl');
  await upload(page, 'personeel.csv', SMALL);
  await page.waitForSelector('#sw-batch-totals');
  const th = '#sw-batch-table th:has(button[data-column="amount"])';
  assert.equal(await page.getAttribute(th, 'aria-sort'), 'none');
  await page.click('button[data-column="amount"]');
  assert.equal(await page.getAttribute(th, 'aria-sort'), 'ascending');
  assert.deepEqual(await columnTexts(page, 'id'), ['a1', 'a3', 'a2', 'a4']);
  await page.click('button[data-column="amount"]');
  assert.equal(await page.getAttribute(th, 'aria-sort'), 'descending');
  assert.deepEqual(await columnTexts(page, 'id'), ['a3', 'a1', 'a2', 'a4']);
  // Keyboard: the header button works with Enter.
  await page.focus('button[data-column="id"]');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#sw-batch-table th:has(button[data-column="id"])', 'aria-sort'), 'ascending');
  assert.deepEqual(await columnTexts(page, 'id'), ['a1', 'a2', 'a3', 'a4']);
});

test('download the result: BOM, same delimiter, error column, the numbers shown', async () => {
  const { page } = browser;
  await open(page, 'nl');
  await upload(page, 'personeel.csv', BOM + SMALL);
  await page.waitForSelector('#sw-batch-totals');
  const shownIds = await columnTexts(page, 'id');
  const shownAmounts = await columnTexts(page, 'amount');
  const shownPayable = await columnTexts(page, 'payable');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#sw-batch-download')]);
  assert.equal(download.suggestedFilename(), 'personeel-uitkomst.csv');
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  const rows = parseCsv(text, ';');
  const header = rows[0];
  assert.equal(header[0], 'personeelsnummer');
  assert.equal(header[header.length - 1], 'error');
  for (const c of ['amount', 'payable', 'due', 'next_deadline', 'overdue']) assert.ok(header.includes(c), c);
  const col = (name) => header.indexOf(name);
  const data = rows.slice(1).filter((r) => r.length > 1);
  assert.equal(data.length, 4);
  data.forEach((r, i) => {
    assert.equal(r[0], shownIds[i]);
    const amount = shownAmounts[i] === '–' ? '' : cellNl(shownAmounts[i]);
    const payable = shownPayable[i] === '–' ? '' : cellNl(shownPayable[i]);
    assert.equal(r[col('amount')], amount, `amount of ${r[0]}`);
    assert.equal(r[col('payable')], payable, `payable of ${r[0]}`);
  });
  // The total shown equals the sum of the downloaded amounts (in cents).
  const cents = data.map((r) => r[col('amount')]).filter(Boolean).map((a) => Number(plainNl(a).replace(',', '')));
  const total = cents.reduce((a, b) => a + b, 0);
  assert.equal(plainNl(await page.textContent('#sw-total-amount')), `${Math.floor(total / 100)},${String(total % 100).padStart(2, '0')}`);
  assert.equal(data[1][col('error')], 'einddatum: ligt vóór de begindatum');
  assert.equal(data[0][col('error')], '');
});

test('template downloads in both languages', async () => {
  const { page } = browser;
  await open(page, 'en');
  for (const [id, start, name] of [
    ['#sw-batch-template-nl', 'personeelsnummer;begindatum;', 'spoorwijzer-voorbeeld-nl.csv'],
    ['#sw-batch-template-en', 'id,start_date,', 'spoorwijzer-template-en.csv'],
  ]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    assert.equal(download.suggestedFilename(), name);
    const text = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(text.startsWith('\ufeff' + start), text.slice(0, 40));
    // The template reads back without errors.
    await upload(page, name, text);
    await page.waitForSelector('#sw-batch-totals');
    assert.equal(await page.textContent('#sw-total-errors'), '0');
    assert.equal(await page.textContent('#sw-total-rows'), '1');
  }
});

test('a file we cannot use: error summary with focus, linked to the input, axe clean (nl, en)', async () => {
  const { page } = browser;
  for (const [lang, title, prefix] of [['nl', /^Fout: /, /geen kolommen die we kennen/], ['en', /^Error: /, /no columns we know/]]) {
    await open(page, lang);
    await upload(page, 'adressen.csv', 'naam;adres\nPiet;Dorpsstraat 1\n');
    await page.waitForSelector('#sw-batch-error-summary');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sw-batch-error-summary');
    assert.match(await page.title(), title);
    assert.match(await page.textContent('#sw-batch-error-summary'), prefix);
    assert.equal(await page.getAttribute('#sw-batch-file', 'aria-invalid'), 'true');
    assert.match(await page.getAttribute('#sw-batch-file', 'aria-describedby'), /sw-batch-file-error/);
    await page.click('#sw-batch-error-summary a');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sw-batch-file');
    assert.match(page.url(), /#\/werkgever\/batch$/, 'the link does not change the route');
    assert.deepEqual(formatViolations(await axe(page)), '');
    await screenshot(page, `batch-error-${lang}`);
  }
  // A binary file (an .xlsx is a zip) is refused with its own message.
  await upload(page, 'personeel.xlsx', 'PK\u0003\u0004\u0000\u0000');
  await page.waitForSelector('#sw-batch-error-summary');
  assert.match(await page.textContent('#sw-batch-error-summary'), /not a text file/);
});

test('results in English and axe clean', async () => {
  const { page } = browser;
  await open(page, 'en');
  await upload(page, 'staff.csv', SMALL);
  await page.waitForSelector('#sw-batch-totals');
  assert.equal(await page.textContent('#sw-total-amount'), '€13,379.03');
  const errRows = await page.$$eval('#sw-batch-errors tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  assert.deepEqual(errRows, [['3', 'einddatum', 'einddatum: lies before the start date']]);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'batch-result-en');
  // 320 px wide: the page does not scroll sideways (the table scrolls in its own region).
  await atViewport(page, { width: 320, height: 800 }, async () => {
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scrolling at 320 px');
    await screenshot(page, 'batch-result-en-320');
  });
});

test('drag and drop a file onto the zone; switching language recomputes the messages', async () => {
  const { page } = browser;
  await open(page, 'nl');
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'gesleept.csv', { type: 'text/csv' }));
    const zone = document.querySelector('.sw-file-drop');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, SMALL);
  await page.waitForSelector('#sw-batch-totals');
  assert.equal(await page.textContent('#sw-total-rows'), '4');
  assert.match(await page.textContent('.sw-batch-results'), /Bestand: gesleept\.csv/);
  await page.click('text=English');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const msg = await page.$eval('#sw-batch-errors tbody td:last-child', (td) => td.textContent.trim());
  assert.equal(msg, 'einddatum: lies before the start date');
  assert.equal(await page.textContent('#sw-total-amount'), '€13,379.03');
});

test('1,000 rows: paging, no stray requests, zero CSP violations, no console errors', async () => {
  await withBrowser({}, async (b) => {
    const lines = ['id,start_date,end_date,base_monthly_wage,holiday_allowance_pct,first_sick_day,last_sick_day'];
    for (let i = 1; i <= 1000; i++) {
      const year = 2005 + (i % 15);
      const wage = 2000 + (i * 37) % 5000;
      const sick = i % 3 === 0 ? `2026-0${1 + (i % 9)}-1${i % 10}` : '';
      const bad = i % 250 === 0 ? 'x' : '';
      lines.push(`e${i},${year}-02-01,2026-10-31,${wage}${bad},8,${sick},`);
    }
    await b.page.goto(`${server.url}/?lang=nl#/werkgever/batch`);
    await ready(b.page);
    await b.page.setInputFiles('#sw-batch-file', { name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await b.page.waitForSelector('#sw-batch-totals');
    assert.equal(await b.page.textContent('#sw-total-rows'), '1000');
    assert.equal(await b.page.textContent('#sw-total-errors'), '4');
    // Only one page of 50 rows is rendered.
    assert.equal((await b.page.$$('#sw-batch-table tbody tr')).length, 50);
    assert.match(await b.page.textContent('.sw-data-table-block .sw-pagination__status'), /Pagina 1 van 20/);
    await b.page.click('#sw-page-next');
    assert.match(await b.page.textContent('.sw-data-table-block .sw-pagination__status'), /Pagina 2 van 20 \(werknemers 51 tot en met 100 van 1000\)/);
    assert.deepEqual((await columnTexts(b.page, 'id')).slice(0, 2), ['e51', 'e52']);
    await b.page.click('button[aria-label="Pagina 20"]');
    assert.equal((await b.page.$$('#sw-batch-table tbody tr')).length, 50);
    const [download] = await Promise.all([b.page.waitForEvent('download'), b.page.click('#sw-batch-download')]);
    assert.ok(fs.statSync(await download.path()).size > 100000);
    assertCleanRun(b, server.url);
  });
});
