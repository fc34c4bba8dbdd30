// For employers and embedders, on the release build: deep links read whenever they are
// opened (a second pre-filled link on the same tool replaces the inputs and the result,
// announced in a status region; Back returns to the previous result), also from a host
// page's links into an iframe; a Dutch batch file with Dutch headers and codes; the
// overview of every sick employee's deadlines with its calendar file (parsed: one event
// per employee and step); outbound links inside an iframe open outside the frame; axe on
// every new state; the privacy tripwires, also with a 1,000-employee file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import { serve, launch, ready, axe, formatViolations, screenshot, parseCsv, withBrowser, assertCleanRun, atViewport, horizontalOverflow } from './lib.mjs';

let app; // the app, first port
let host; // a host page, second port
let browser;
let hostHtml = '';

before(async () => {
  app = await serve();
  host = await new Promise((resolve) => {
    const s = http.createServer((req, res) => {
      const p = new URL(req.url, 'http://x').pathname;
      if (p === '/host.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(hostHtml); return; }
      if (p === '/favicon.ico') { res.writeHead(204); res.end(); return; }
      res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found');
    });
    s.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${s.address().port}`, close: () => new Promise((r) => s.close(r)) }));
  });
  browser = await launch();
});
after(async () => { await browser.close(); await app.close(); await host.close(); });

async function open(page, hash, lang = 'nl') {
  await page.goto('about:blank');
  await page.goto(`${app.url}/?lang=${lang}#${hash}`);
  await ready(page);
}

/** A host page with links into a named iframe (`sw`) and the iframe itself. */
function hostPage(src, links = [], width = '100%') {
  const list = links.map(([id, href, text]) => `<li><a id="${id}" href="${href}" target="sw">${text}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<style>body { margin: 0 } iframe { border: 0; display: block; width: ${width}; height: 900px }</style></head>
<body><main><h1>An information website</h1><ul>${list}</ul>
<iframe id="sw" name="sw" src="${src}" title="Spoorwijzer: work and illness"></iframe></main></body></html>`;
}

async function embed(src, links = [], width = '100%') {
  hostHtml = hostPage(src, links, width);
  const { page } = browser;
  await page.goto(`${host.url}/host.html`);
  const frame = await (await page.$('#sw')).contentFrame();
  await ready(frame);
  return frame;
}

// ---------- deep links ----------
const TV_A = '/transitievergoeding?start=2015-03-01&einde=2026-02-28&loon=4000&vakantiegeld=8';
const TV_B = '/transitievergoeding?start=2019-06-01&einde=2026-05-31&loon=2500&vakantiegeld=8';
const TL_A = '/tijdlijn?periode=2026-01-05..';
const TL_B = '/tijdlijn?periode=2025-09-01..&loonsanctie=6';

const amount = (ctx) => ctx.textContent('#tv-amount').then((s) => s.trim());
const calendar = (ctx) => ctx.$$eval('#tl-list li time', (ts) => ts.map((t) => t.getAttribute('datetime')));

test('deep links: a second link on the same calculator replaces inputs and result, is announced, Back returns', async () => {
  const { page } = browser;
  // What each link shows when it is the first one opened.
  await open(page, TV_B);
  await page.waitForSelector('#tv-amount');
  const amountB = await amount(page);
  await open(page, TV_A);
  await page.waitForSelector('#tv-amount');
  const amountA = await amount(page);
  assert.notEqual(amountA, amountB, 'the two links give different amounts');
  assert.equal((await page.textContent('#sw-link-status')).trim(), '', 'nothing announced on load');
  // Something typed is replaced too.
  await page.fill('#tv-vast_jaar', '1000');
  // The second link, opened in the same page (a same-document navigation).
  await page.evaluate((h) => { location.hash = h; }, `#${TV_B}`);
  await page.waitForFunction((b) => document.querySelector('#tv-amount')?.textContent.trim() === b, amountB);
  assert.equal(await page.inputValue('#tv-loon'), '2500');
  assert.equal(await page.inputValue('#tv-start-jaar'), '2019');
  assert.equal(await page.inputValue('#tv-vast_jaar'), '');
  assert.match(await page.textContent('#sw-link-status'), /Nieuwe gegevens uit de link/);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'employers-deeplink-second');
  // Back: the first link and its result.
  await page.goBack();
  await page.waitForFunction((a) => document.querySelector('#tv-amount')?.textContent.trim() === a, amountA);
  assert.equal(await page.inputValue('#tv-loon'), '4000');
  // Forward again, and the same for the poortwachter calendar, in English.
  await page.goForward();
  await page.waitForFunction((b) => document.querySelector('#tv-amount')?.textContent.trim() === b, amountB);

  await open(page, TL_B, 'en');
  await page.waitForSelector('#tl-list li');
  const calB = await calendar(page);
  await open(page, TL_A, 'en');
  await page.waitForSelector('#tl-list li');
  const calA = await calendar(page);
  assert.notDeepEqual(calA, calB);
  await page.evaluate((h) => { location.hash = h; }, `#${TL_B}`);
  await page.waitForFunction((n) => document.querySelector('#tl-loonsanctie')?.value === n, '6');
  assert.deepEqual(await calendar(page), calB);
  assert.match(await page.textContent('#sw-link-status'), /New details from the link/);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#tl-loonsanctie')?.value === '');
  assert.deepEqual(await calendar(page), calA);
});

test('deep links: the income page takes a second link too, and announces it', async () => {
  const { page } = browser;
  await open(page, '/inkomen?jaarloon=48000&ziek=2026-01-01&jaren=12');
  assert.equal(await page.inputValue('#inkomen-jaarloon'), '48000');
  assert.equal((await page.textContent('#sw-link-status')).trim(), '');
  await page.evaluate(() => { location.hash = '#/inkomen?jaarloon=30000&ziek=2026-01-01&jaren=12'; });
  await page.waitForFunction(() => document.querySelector('#inkomen-jaarloon')?.value === '30000');
  assert.match(await page.textContent('#sw-link-status'), /Nieuwe gegevens uit de link/);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#inkomen-jaarloon')?.value === '48000');
});

test('deep links: two example links on a host page, opened one after the other into the iframe', async () => {
  const { page } = browser;
  const base = `${app.url}/?lang=nl`;
  const frame = await embed(`${base}#${TV_A}`, [
    ['ex-a', `${base}#${TV_A}`, 'Example A'],
    ['ex-b', `${base}#${TV_B}`, 'Example B'],
  ]);
  await frame.waitForSelector('#tv-amount');
  const amountA = await amount(frame);
  await page.click('#ex-b');
  await frame.waitForFunction(() => document.querySelector('#tv-loon')?.value === '2500');
  await frame.waitForSelector('#tv-amount');
  const amountB = await amount(frame);
  assert.notEqual(amountB, amountA);
  assert.match(await frame.textContent('#sw-link-status'), /Nieuwe gegevens uit de link/);
  await page.click('#ex-a');
  await frame.waitForFunction((a) => document.querySelector('#tv-amount')?.textContent.trim() === a, amountA);
  assert.equal(await frame.inputValue('#tv-loon'), '4000');
  // The host's Back button (joint session history: the iframe's entry goes back).
  await page.evaluate(() => history.back());
  await frame.waitForFunction((b) => document.querySelector('#tv-amount')?.textContent.trim() === b, amountB);
  assert.deepEqual(formatViolations(await axe(frame)), '');
});

// ---------- the embedder's preview ----------
test('preview=1 lists the CSP header with frame-ancestors, the worker scope and the configuration read', async () => {
  const { page } = browser;
  // Inside the host's iframe, with parent: the host's origin goes after frame-ancestors.
  const frame = await embed(`${app.url}/?lang=nl&preview=1&org=Acme&parent=${encodeURIComponent(host.url)}#/`);
  const csp = await frame.textContent('#sw-preview-csp');
  assert.ok(csp.startsWith("Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval';"), csp);
  assert.ok(csp.endsWith(`; frame-ancestors 'self' ${host.url}`), csp);
  assert.equal(await frame.locator('#sw-preview-csp-origin').count(), 0);
  // The policy the page itself carries, plus frame-ancestors: nothing else.
  const meta = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.equal(csp, `Content-Security-Policy: ${meta}; frame-ancestors 'self' ${host.url}`);
  assert.match(await frame.textContent('#sw-preview-worker'), /In een iframe .* map \/\./);
  const read = await frame.textContent('#sw-preview-read');
  assert.match(read, /Link \(voor de #\): lang, preview, org, parent/);
  assert.match(read, /Configuratieblok in index\.html: niets gelezen/);
  assert.deepEqual(formatViolations(await axe(frame)), '');
  await screenshot(page, 'employers-preview-iframe');
  // On its own, in English, without parent: it says no embedding page is known; the worker
  // works for the page's folder.
  await open(page, '/', 'en');
  await page.goto(`${app.url}/?lang=en&preview=1&accent=%23ffff00#/`);
  await ready(page);
  assert.match(await page.textContent('#sw-preview-csp'), /frame-ancestors 'self'$/);
  assert.match(await page.textContent('#sw-preview-csp-origin'), /No website that shows Spoorwijzer/);
  assert.match(await page.textContent('#sw-preview-worker'), /^Yes\. It works for the folder \/ /);
  assert.match(await page.textContent('#sw-preview-read'), /Link \(before the #\): lang, preview$/m);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await atViewport(page, { width: 320, height: 640 }, async () => {
    const overflow = await horizontalOverflow(page);
    assert.ok(overflow <= 0, `preview at 320 px: ${overflow}px too wide`);
    await screenshot(page, 'employers-preview-320-en');
  });
});

// ---------- the batch in Dutch and the overview of sick employees ----------
const BOM = '\ufeff';
function isoDaysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const p = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
const dmyDaysAgo = (n) => isoDaysAgo(n).split('-').reverse().join('-');

/** The CSV's rows without empty lines. */
const csvRows = (text, delimiter) => parseCsv(text, delimiter).filter((r) => r.length > 1 || r[0] !== '');

/**
 * A strict enough reader of an iCalendar file (RFC 5545): CRLF lines, unfolding, one
 * VCALENDAR with balanced BEGIN/END, and per VEVENT its properties. Throws on anything else.
 */
function parseIcs(text) {
  assert.ok(!/[^\r]\n/.test(text) && text.endsWith('\r\n'), 'CRLF line ends');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines[lines.length - 1], 'END:VCALENDAR');
  const events = [];
  let open = null;
  for (const line of lines.slice(1, -1)) {
    const colon = line.indexOf(':');
    assert.ok(colon > 0, `a content line: ${line}`);
    const name = line.slice(0, colon).split(';')[0];
    const value = line.slice(colon + 1);
    if (name === 'BEGIN' && value === 'VEVENT') { assert.equal(open, null, 'no nested VEVENT'); open = {}; continue; }
    if (name === 'END' && value === 'VEVENT') { assert.ok(open, 'END without BEGIN'); events.push(open); open = null; continue; }
    assert.ok(!['BEGIN', 'END'].includes(name) || value === 'VALARM', `unexpected ${line}`);
    if (open && !(name in open)) open[name] = value;
  }
  assert.equal(open, null, 'every VEVENT ends');
  for (const e of events) for (const k of ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY']) assert.ok(e[k], `VEVENT has ${k}`);
  return events;
}

async function openBatch(page, lang) {
  await page.goto('about:blank');
  await page.goto(`${app.url}/?lang=${lang}#/werkgever/batch`);
  await ready(page);
}
async function upload(page, name, text) {
  await page.setInputFiles('#sw-batch-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.waitForSelector('#sw-batch-totals');
}
async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8').replace(/^\ufeff/, '') };
}

// Dutch headers, Dutch codes in any case, a decimal comma, ja/nee.
const DUTCH = [
  'personeelsnummer;begindatum;einddatum;maandloon;vakantiegeld;reden;werkgever_grootte;aanbod_gelijk_of_beter',
  'w1;01-03-2015;28-02-2026;4.000,00;8;Opzegging;klein;',
  'w2;01-06-2019;31-05-2026;2.500,50;8;einde_tijdelijk_contract;middelgroot_groot;nee',
  'w3;01-01-2016;31-12-2025;3000;8;VSO;onbekend;',
  'w4;01-01-2012;31-03-2026;3.500;8;na twee jaar ziekte;Klein;',
  'w5;01-01-2018;31-10-2026;3200;8;opzegging_werknemer;;',
  'w6;01-01-2014;31-01-2026;3100;8;ontbinding;;',
].join('\r\n') + '\r\n';

test('a Dutch batch file with Dutch headers and codes: no errors, Dutch output', async () => {
  const { page } = browser;
  await openBatch(page, 'nl');
  await upload(page, 'personeel.csv', BOM + DUTCH);
  assert.equal(await page.textContent('#sw-total-rows'), '6');
  assert.equal(await page.textContent('#sw-total-errors'), '0');
  assert.equal(await page.locator('#sw-batch-errors').count(), 0);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'employers-batch-dutch');
  const out = await download(page, '#sw-batch-download');
  const rows = csvRows(out.text, ';');
  const head = rows[0];
  const col = (k) => { const i = head.indexOf(k); assert.ok(i >= 0, `column ${k} in ${head}`); return i; };
  const byId = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
  // The codes the aliases stand for (the result's codes stay the command line's).
  assert.deepEqual(['w1', 'w2', 'w3', 'w4', 'w5', 'w6'].map((id) => byId[id][col('reason_code')]), [
    'employer_initiative', 'fixed_term_not_renewed', 'mutual_consent_not_statutory', 'after_two_years_illness', 'employee_resigned', 'employer_initiative',
  ]);
  // ja/nee, never true/false, in a Dutch file; amounts as a Dutch spreadsheet reads them.
  const due = rows.slice(1).map((r) => r[col('due')]);
  assert.ok(due.every((v) => v === 'ja' || v === 'nee'), due.join());
  assert.equal(byId.w5[col('due')], 'nee', 'the employee\'s own notice');
  assert.equal(byId.w1[col('due')], 'ja');
  assert.match(byId.w1[col('amount')], /^\d{1,3}(\.\d{3})*,\d\d$/);
  assert.ok(!out.text.includes('true') && !out.text.includes('false'));
  assert.equal(byId.w1[col('error')], '');
  // An error names the column as the file wrote it.
  await upload(page, 'fout.csv', DUTCH.replace('na twee jaar ziekte', 'boos ontslag'));
  const errRows = await page.$$eval('#sw-batch-errors tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  assert.equal(errRows.length, 1);
  assert.equal(errRows[0][0], '5');
  assert.match(errRows[0][2], /^reden: /);
  assert.deepEqual(formatViolations(await axe(page)), '');
});

// Sick employees: z1 some steps done; z2 just sick (urgent: the doctor's report); z3 a long
// time sick; z4 recovered; w9 a row with a contract and no sick day (not in the overview).
const SICK = [
  'personeelsnummer;eerste_ziektedag;laatste_ziektedag;gedaan;begindatum;einddatum;maandloon',
  `z1;${dmyDaysAgo(70)};;ziekmelding_bedrijfsarts|probleemanalyse;;;`,
  `z2;${dmyDaysAgo(3)};;;;;`,
  `z3;${dmyDaysAgo(420)};;ziekmelding_bedrijfsarts;;;`,
  `z4;${dmyDaysAgo(200)};${dmyDaysAgo(150)};;;;`,
  'w9;;;;01-01-2020;31-12-2025;3000',
].join('\r\n') + '\r\n';

const overviewRows = (page) => page.$$eval('#sw-overview-table tbody tr', (trs) => trs.map((tr) => ({
  employee: tr.dataset.employee, step: tr.dataset.step, urgent: tr.classList.contains('sw-overview__row--urgent'),
  date: tr.querySelector('td[data-column="date"]')?.textContent.trim(),
  who: tr.querySelector('td[data-column="who"]')?.textContent.trim(),
})));
const dmyKey = (s) => { const m = s.match(/(\d\d)-(\d\d)-(\d{4})/); assert.ok(m, `a date: ${s}`); return `${m[3]}${m[2]}${m[1]}`; };

test('sick employees: the overview (urgent first, by date, filters) and one .ics with one event per employee and step', async () => {
  const { page } = browser;
  await openBatch(page, 'nl');
  await upload(page, 'verzuim.csv', BOM + SICK);
  await page.waitForSelector('#sw-overview-table');
  assert.equal(await page.locator('#sw-overview-no-ids').count(), 0, 'the file has ids');
  const rows = await overviewRows(page);
  assert.ok(rows.length > 4, `${rows.length} rows`);
  assert.ok(rows.every((r) => ['z1', 'z2', 'z3', 'z4'].includes(r.employee)), 'only sick employees');
  assert.ok(rows.some((r) => r.urgent) && rows.some((r) => !r.urgent));
  const firstCalm = rows.findIndex((r) => !r.urgent);
  assert.ok(rows.slice(firstCalm).every((r) => !r.urgent), 'urgent ones first');
  for (const part of [rows.slice(0, firstCalm), rows.slice(firstCalm)]) {
    const keys = part.map((r) => dmyKey(r.date));
    assert.deepEqual(keys, [...keys].sort(), 'by date');
  }
  assert.ok(!rows.some((r) => r.employee === 'z1' && ['ziekmelding_bedrijfsarts', 'probleemanalyse'].includes(r.step)), 'done steps are left out');
  assert.ok(rows.some((r) => r.employee === 'z2' && r.step === 'ziekmelding_bedrijfsarts'));
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'employers-overview-nl');

  // Filters: by employee, then by who acts.
  await page.fill('#sw-overview-employee', 'z3');
  await page.waitForFunction(() => [...document.querySelectorAll('#sw-overview-table tbody tr')].every((tr) => tr.dataset.employee === 'z3'));
  assert.ok((await overviewRows(page)).length > 0);
  await page.fill('#sw-overview-employee', 'z99');
  await page.waitForSelector('#sw-overview-unknown');
  await page.fill('#sw-overview-employee', '');
  await page.check('input[name="sw-overview-actor"][value="werkgever"]');
  await page.waitForFunction(() => {
    const who = [...document.querySelectorAll('#sw-overview-table tbody td[data-column="who"]')].map((td) => td.textContent.trim());
    return who.length > 0 && who.every((w) => w === who[0]);
  });
  const employerRows = await overviewRows(page);
  assert.ok(employerRows.length < rows.length);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await page.check('input[name="sw-overview-actor"][value="alle"]');

  // The calendar file and the CSV of every deadline: the same employee+step pairs.
  const ics = await download(page, '#sw-overview-ics');
  assert.match(ics.name, /\.ics$/);
  const events = parseIcs(ics.text);
  const csv = await download(page, '#sw-overview-csv');
  const table = csvRows(csv.text, ';');
  assert.equal(table[0][0], 'personeelsnummer');
  const stap = table[0].indexOf('stap');
  const fromCsv = table.slice(1).map((r) => `${r[0]} ${r[stap]}`).sort();
  const fromIcs = events.map((e) => {
    const employee = e.SUMMARY.split(':')[0];
    const step = e.UID.split('-w')[0];
    return `${employee} ${step}`;
  }).sort();
  assert.equal(events.length, table.length - 1, 'one event per deadline');
  assert.deepEqual(fromIcs, fromCsv);
  assert.equal(new Set(fromIcs).size, fromIcs.length, 'one event per employee and step');
  assert.equal(new Set(events.map((e) => e.UID)).size, events.length, 'unique UIDs');
  assert.ok(events.every((e) => /^z[1-4]: /.test(e.SUMMARY)), 'the summary names the id only');
  assert.ok(!fromIcs.includes('z1 probleemanalyse'));
  // The UIDs stay the same when an updated file (a step done, another line order) is read.
  await upload(page, 'verzuim-2.csv', BOM + SICK.replace(`z2;${dmyDaysAgo(3)};;;`, `z2;${dmyDaysAgo(3)};;ziekmelding_bedrijfsarts;`));
  await page.waitForSelector('#sw-overview-table');
  const again = parseIcs((await download(page, '#sw-overview-ics')).text);
  const uids = new Set(events.map((e) => e.UID));
  assert.equal(again.length, events.length - 1);
  assert.ok(again.every((e) => uids.has(e.UID)), 'the same UIDs');

  // Without an id column the page says re-imports will duplicate.
  const noIds = SICK.split('\r\n').map((l) => l.split(';').slice(1).join(';')).join('\r\n');
  await upload(page, 'zonder-nummers.csv', noIds);
  await page.waitForSelector('#sw-overview-no-ids');
  assert.match(await page.textContent('#sw-overview-no-ids'), /dubbel/);
  assert.deepEqual(formatViolations(await axe(page)), '');
});

test('the overview in English is axe clean and fits 320 px (the table scrolls in its own region)', async () => {
  const { page } = browser;
  await openBatch(page, 'en');
  await upload(page, 'absence.csv', SICK);
  await page.waitForSelector('#sw-overview-table');
  assert.match(await page.textContent('#sw-overview-heading'), /Poortwachter deadlines of all sick employees/);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await atViewport(page, { width: 320, height: 800 }, async () => {
    const overflow = await horizontalOverflow(page);
    assert.ok(overflow <= 0, `${overflow}px too wide`);
    assert.equal(await page.getAttribute('#sw-overview .sw-data-table__wrap', 'tabindex'), '0');
    await screenshot(page, 'employers-overview-en-320');
  });
});

// ---------- links to other websites inside a frame ----------
/** Every link of the document to another origin, and every link inside the app. */
const links = (ctx) => ctx.$$eval('a[href]', (as) => as.map((a) => ({
  href: a.href, target: a.getAttribute('target'), rel: a.getAttribute('rel') || '',
  hidden: [...a.querySelectorAll('.sw-visually-hidden')].map((s) => s.textContent.trim()).join(' '),
  external: /^https?:$/.test(new URL(a.href).protocol) && new URL(a.href).origin !== location.origin,
})));

test('in an iframe every outbound link on the comparison and an explanation page opens outside the frame', async () => {
  const { page } = browser;
  for (const [lang, route, hint] of [
    ['nl', '/vergelijk', '(opent in een nieuw tabblad)'],
    ['nl', '/uitleg/poortwachter', '(opent in een nieuw tabblad)'],
    ['en', '/uitleg/transitievergoeding', '(opens in a new tab)'],
  ]) {
    const frame = await embed(`${app.url}/?lang=${lang}#${route}`);
    const all = await links(frame);
    const outbound = all.filter((l) => l.external);
    assert.ok(outbound.length > 0, `${route} has outbound links`);
    for (const l of outbound) {
      assert.equal(l.target, '_blank', `${route}: ${l.href}`);
      assert.ok(l.rel.split(' ').includes('noopener') && l.rel.split(' ').includes('noreferrer'), `${l.href} rel=${l.rel}`);
      assert.ok(l.hidden.includes(hint), `${l.href}: "${l.hidden}"`);
    }
    // Links inside the app stay in the frame.
    const internal = all.filter((l) => !l.external && new URL(l.href).origin === new URL(app.url).origin);
    assert.ok(internal.length > 0);
    assert.ok(internal.every((l) => l.target !== '_blank'), 'internal links stay');
    assert.deepEqual(formatViolations(await axe(frame)), '');
  }
  await screenshot(browser.page, 'employers-iframe-links');
  // Outside a frame the same links are ordinary links (same tab, no announcement).
  await open(page, '/vergelijk');
  const outside = (await links(page)).filter((l) => l.external);
  assert.ok(outside.length > 0);
  for (const l of outside) {
    assert.equal(l.target, null, l.href);
    assert.ok(!l.hidden.includes('nieuw tabblad'), l.hidden);
    assert.ok(l.rel.includes('noopener') && l.rel.includes('noreferrer'));
  }
});

// ---------- privacy ----------
test('a 1,000-employee file: the overview and its calendar without any request elsewhere, no CSP violation, no error', async () => {
  await withBrowser({}, async (b) => {
    const lines = ['personeelsnummer;begindatum;einddatum;maandloon;reden;eerste_ziektedag;gedaan'];
    for (let i = 1; i <= 1000; i++) {
      const sick = i % 2 === 0 ? dmyDaysAgo(5 + (i % 600)) : '';
      const done = i % 6 === 0 ? 'ziekmelding_bedrijfsarts' : '';
      lines.push(`p${i};01-0${1 + (i % 9)}-${2000 + (i % 20)};31-12-2026;${2000 + (i * 37) % 5000},50;${['opzegging', 'vso', 'einde_tijdelijk_contract'][i % 3]};${sick};${done}`);
    }
    await b.page.goto(`${app.url}/?lang=nl#/werkgever/batch`);
    await ready(b.page);
    await b.page.setInputFiles('#sw-batch-file', { name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
    await b.page.waitForSelector('#sw-overview-table', { timeout: 60000 });
    assert.equal(await b.page.textContent('#sw-total-rows'), '1000');
    assert.equal(await b.page.textContent('#sw-total-errors'), '0');
    const [d] = await Promise.all([b.page.waitForEvent('download'), b.page.click('#sw-overview-ics')]);
    const events = parseIcs(fs.readFileSync(await d.path(), 'utf8'));
    assert.ok(events.length > 500 * 5, `${events.length} events`);
    assert.equal(new Set(events.map((e) => e.UID)).size, events.length);
    assertCleanRun(b, app.url);
  });
});

test('employers: no console errors, no page errors, only the app\'s own files, no CSP violations', () => {
  assertCleanRun(browser, app.url, browser.requests.filter((r) => !r.url.startsWith(host.url)));
});
