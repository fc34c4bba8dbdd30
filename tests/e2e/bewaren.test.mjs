// Keep and share (#/bewaren, #/gedeeld/...): import a file, download it, erase everything,
// import the download again and get the same answers; corrupt files each with their own
// message; opt-in memory across a reload; memory when localStorage throws; the share link
// (clipboard only) round-trips and a tampered link shows a message; the print view
// screenshot; axe and the privacy tripwires.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, ready, axe, formatViolations, screenshot, strayRequests } from './lib.mjs';
import { sickPath, contractPath, tailPath } from './walk.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

// A sick employee whose job ends (every answer reached by the interview).
const ANSWERS = Object.fromEntries([
  ['rol', 'werknemer'],
  ...sickPath('2026-01-05'),
  ['baan_eindigt', 'ja'],
  ['reden_einde', 'reorganisatie'],
  ['initiatief', 'werkgever'],
  ['datum_einde', '2026-12-31'],
  ['vso_aangeboden', 'nee'],
  ...contractPath({ datum_in_dienst: '2016-04-01', uren_per_week: 36, bruto_maandloon: '3250.00', leeftijd: 45 }),
  ...tailPath('werknemer', { hiaat_excedent: 'weet_niet' }),
]);
const COUNT = Object.keys(ANSWERS).length;
const FILE = JSON.stringify({ schema: 'spoorwijzer-antwoorden', version: 2, app_version: '0.1.0', created: '2026-11-20', answers: ANSWERS }, null, 2);

async function open(page, hash = '#/bewaren', query = '?lang=nl') {
  await page.goto(`${server.url}/${query}${hash}`);
  await ready(page);
}

async function upload(page, name, text, mimeType = 'application/json') {
  await page.setInputFiles('#sw-keep-file', { name, mimeType, buffer: Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8') });
}

async function count(page) {
  return Number((await page.textContent('[data-testid=answer-count]')).trim());
}

async function downloadAnswers(page) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download mijn antwoorden' }).click(),
  ]);
  assert.match(dl.suggestedFilename(), /^spoorwijzer-antwoorden-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
}

async function eraseAll(page) {
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await page.waitForSelector('text=Alles is gewist.');
}

function clean(b, origin) {
  assert.deepEqual(strayRequests(b.requests, origin), [], 'no stray requests');
  assert.equal(b.violations.length, 0, `CSP violations: ${JSON.stringify(b.violations)}`);
  assert.deepEqual(b.pageErrors, [], 'no page errors');
  assert.deepEqual(b.consoleErrors, [], 'no console errors');
}

test('export, erase, import gives the same answers', async () => {
  const { page } = browser;
  await open(page);
  assert.equal(await count(page), 0);
  await upload(page, 'antwoorden.json', FILE);
  await page.waitForSelector(`text=${COUNT} antwoorden gelezen.`);
  assert.equal(await count(page), COUNT);
  await page.waitForSelector('text=Alle antwoorden uit het bestand zijn gelezen.');

  const exported = await downloadAnswers(page);
  assert.equal(exported.schema, 'spoorwijzer-antwoorden');
  assert.equal(exported.version, 3);
  assert.equal(exported.calculators, undefined);
  assert.match(exported.created, /^\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(exported.answers, ANSWERS);

  await eraseAll(page);
  assert.equal(await count(page), 0);

  await upload(page, 'terug.json', JSON.stringify(exported));
  await page.waitForSelector(`text=${COUNT} antwoorden gelezen.`);
  assert.equal(await count(page), COUNT);
  const again = await downloadAnswers(page);
  assert.deepEqual(again.answers, exported.answers);

  // The summary on the page shows the calendar and the amount (3510 × 129 / 36).
  await page.waitForSelector('.sw-report >> text=15 februari 2026');
  await page.waitForSelector('.sw-report >> text=€ 12.577,50');
  assert.deepEqual(formatViolations(await axe(page)), '');
  clean(browser, server.url);
});

// Each corrupt file and (part of) the message it must show beside the field and in the
// error summary.
const CORRUPT = [
  ['leeg.json', '', 'Het bestand is leeg.'],
  ['foto.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'Dit is geen geldig JSON-bestand'],
  ['afgebroken.json', FILE.slice(0, 120), 'Dit is geen geldig JSON-bestand'],
  ['lijst.json', '[1, 2, 3]', 'het bevat een lijst'],
  ['tekst.json', '"hallo"', 'het bevat een losse tekst'],
  ['ander.json', '{"schema": "iets-anders", "version": 2, "answers": {}}', "van een ander soort ('iets-anders')"],
  ['vreemd.json', '{"naam": "Piet"}', 'Dit bestand komt niet van Spoorwijzer'],
  ['toekomst.json', '{"schema": "spoorwijzer-antwoorden", "version": 9, "answers": {}}', 'gemaakt met een nieuwere Spoorwijzer (versie 9'],
  ['versie.json', '{"schema": "spoorwijzer-antwoorden", "version": "twee", "answers": {}}', 'Het versienummer in het bestand klopt niet'],
  ['zonderversie.json', '{"schema": "spoorwijzer-antwoorden", "answers": {}}', 'In het bestand staat niet welke versie het is'],
  ['zonderantwoorden.json', '{"schema": "spoorwijzer-antwoorden", "version": 2}', 'In het bestand staan geen antwoorden.'],
  ['vorm.json', '{"schema": "spoorwijzer-antwoorden", "version": 2, "answers": "rol=werknemer"}', 'De antwoorden in het bestand hebben een verkeerde vorm'],
];

test('corrupt files each show their own message, and the answers stay', async () => {
  const { page } = browser;
  await open(page);
  await upload(page, 'antwoorden.json', FILE);
  await page.waitForSelector(`text=${COUNT} antwoorden gelezen.`);
  for (const [name, body, message] of CORRUPT) {
    await upload(page, name, body);
    const summary = page.locator('#sw-keep-error-summary');
    await summary.waitFor();
    assert.ok((await summary.textContent()).includes(message), `${name}: ${await summary.textContent()}`);
    const field = await page.textContent('.sw-file-field__error');
    assert.ok(field.includes(message), `${name}: beside the field: ${field}`);
    assert.equal(await page.getAttribute('#sw-keep-file', 'aria-invalid'), 'true');
    assert.ok((await page.title()).startsWith('Fout: '), name);
    // Focus moves to the summary; nothing was lost.
    assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'sw-keep-error-summary');
    assert.equal(await count(page), COUNT, `${name}: answers kept`);
  }
  await screenshot(page, 'bewaren-corrupt');
  assert.deepEqual(formatViolations(await axe(page)), '');

  // Partly readable: what can be read is kept, the rest is listed per key.
  const partly = {
    schema: 'spoorwijzer-antwoorden', version: 2, created: '2026-02-31',
    answers: { rol: 'werkgever', leeftijd: 300, eerste_ziektedag: '1890-01-01', ziek_nu: 'misschien', kleur: 'blauw' },
  };
  await upload(page, 'deels.json', JSON.stringify(partly));
  await page.waitForSelector('text=1 antwoord gelezen.');
  const problems = await page.textContent('[data-testid=import-problems]');
  for (const needle of ["'leeftijd'", "'eerste_ziektedag'", "'ziek_nu'", "'kleur': deze vraag kennen we niet", 'De datum waarop het bestand is gemaakt']) {
    assert.ok(problems.includes(needle), `${needle} in ${problems}`);
  }
  assert.equal(await count(page), 1);
  assert.equal(await page.locator('#sw-keep-error-summary').count(), 0);

  // Version 1 (date under "datum") is migrated.
  const v1 = { schema: 'spoorwijzer-antwoorden', version: 1, datum: '2026-03-01', answers: { rol: 'werknemer', ziek_nu: 'nee' } };
  await upload(page, 'oud.json', JSON.stringify(v1));
  await page.waitForSelector('text=gemaakt met een oudere versie van Spoorwijzer');
  await page.waitForSelector('text=Bestand gemaakt op 1 maart 2026.');
  assert.equal(await count(page), 2);
  clean(browser, server.url);
});

test('memory is opt-in, survives a reload and is erased by Alles wissen', async () => {
  const { page } = browser;
  await open(page);
  await eraseAll(page);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spoorwijzer')).length), 0);
  await upload(page, 'antwoorden.json', FILE);
  await page.waitForSelector(`text=${COUNT} antwoorden gelezen.`);
  // Off by default: nothing stored.
  assert.equal(await page.isChecked('#sw-keep-memory'), false);
  assert.equal(await page.evaluate(() => localStorage.getItem('spoorwijzer.antwoorden')), null);
  await page.check('#sw-keep-memory');
  await page.waitForSelector('text=Je antwoorden worden onthouden op dit apparaat.');
  await page.reload();
  await ready(page);
  await page.waitForFunction((n) => document.querySelector('[data-testid=answer-count]')?.textContent.trim() === String(n), COUNT);
  await eraseAll(page);
  assert.equal(await count(page), 0);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spoorwijzer')).length), 0);

  // Remembered data that cannot be read is reported, not dropped silently.
  await page.evaluate(() => { localStorage.setItem('spoorwijzer.onthouden', '1'); localStorage.setItem('spoorwijzer.antwoorden', '{kapot'); });
  await page.reload();
  await ready(page);
  const notice = page.locator('.sw-memory-notice');
  await notice.waitFor();
  assert.ok((await notice.textContent()).includes('konden niet (helemaal) worden gelezen'));
  assert.equal(await page.evaluate(() => localStorage.getItem('spoorwijzer.antwoorden.onleesbaar')), '{kapot');
  await eraseAll(page);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spoorwijzer')).length), 0);
  clean(browser, server.url);
});

test('when localStorage throws, the page says memory is unavailable and keeps working', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(`${server.url}/?lang=nl#/bewaren`);
  await ready(page);
  await page.waitForSelector('text=Onthouden is niet beschikbaar in deze browser');
  assert.equal(await page.getAttribute('#sw-keep-memory', 'aria-disabled'), 'true');
  // aria-disabled, not disabled: it can still be clicked, and then stays off.
  await page.click('#sw-keep-memory', { force: true });
  assert.equal(await page.isChecked('#sw-keep-memory'), false);
  await page.waitForSelector('text=Onthouden is niet beschikbaar in deze browser');
  await upload(page, 'antwoorden.json', FILE);
  await page.waitForSelector(`text=${COUNT} antwoorden gelezen.`);
  assert.equal(Number((await page.textContent('[data-testid=answer-count]')).trim()), COUNT);
  assert.deepEqual(errors, []);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await page.close();
});

test('the share link goes to the clipboard only and round-trips; a tampered link shows a message', async () => {
  const { page } = browser;
  await open(page);
  await upload(page, 'antwoorden.json', FILE);
  await page.waitForSelector(`text=${COUNT} antwoorden gelezen.`);
  // Capture what is written to the clipboard.
  await page.evaluate(() => {
    window.__copied = null;
    navigator.clipboard.writeText = (t) => { window.__copied = t; return Promise.resolve(); };
  });
  const before = await page.evaluate(() => [location.href, history.length]);
  await page.getByRole('button', { name: 'Kopieer link met mijn antwoorden' }).click();
  await page.waitForSelector('text=De link is gekopieerd naar je klembord.');
  assert.ok(await page.isVisible('text=iedereen die de link heeft, kan al je antwoorden lezen'));
  const link = await page.evaluate(() => window.__copied);
  assert.match(link, /#\/gedeeld\/1\.[A-Za-z0-9_-]+$/);
  assert.deepEqual(await page.evaluate(() => [location.href, history.length]), before, 'the page URL is untouched');

  await eraseAll(page);
  const payload = link.split('#/gedeeld/')[1];
  await page.goto(`${server.url}/?lang=nl#/gedeeld/${payload}`);
  await ready(page);
  await page.waitForSelector(`text=${COUNT} antwoorden gelezen.`);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await page.getByRole('button', { name: 'Gebruik deze antwoorden' }).click();
  await page.waitForFunction(() => location.hash === '#/controle');
  assert.ok(!(await page.evaluate(() => location.href)).includes('gedeeld'));
  await page.evaluate(() => { location.hash = '#/bewaren'; });
  await page.waitForFunction((n) => document.querySelector('[data-testid=answer-count]')?.textContent.trim() === String(n), COUNT);
  const roundTrip = await downloadAnswers(page);
  assert.deepEqual(roundTrip.answers, ANSWERS);

  // Tampered: a character changed in the middle, cut off, or a wrong version prefix.
  const mid = Math.floor(payload.length / 2);
  const flipped = payload.slice(0, mid) + (payload[mid] === 'A' ? '!' : '!') + payload.slice(mid + 1);
  for (const bad of [flipped, payload.slice(0, 40), `9.${payload.slice(2)}`]) {
    await page.goto(`${server.url}/?lang=nl#/gedeeld/${bad}`);
    await ready(page);
    const msg = await page.textContent('[data-testid=shared-error]');
    assert.ok(msg.length > 10, msg);
    assert.ok((await page.title()).startsWith('Fout: '));
  }
  assert.deepEqual(formatViolations(await axe(page)), '');
  clean(browser, server.url);
});

test('the print view shows the summary without the controls', async () => {
  const { page } = browser;
  await open(page);
  await upload(page, 'antwoorden.json', FILE);
  await page.waitForSelector(`text=${COUNT} antwoorden gelezen.`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.sw-keep-controls')).display), 'none');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.sw-header__nav') || document.body).display !== 'none' && !!document.querySelector('.sw-header__nav')), false);
  assert.ok(await page.isVisible('.sw-report >> text=Je antwoorden'));
  assert.ok(await page.isVisible('.sw-report >> text=15 februari 2026'));
  await screenshot(page, 'bewaren-print');
  await page.emulateMedia({ media: 'screen' });
  await screenshot(page, 'bewaren');

  // Downloads: HTML without scripts, and Markdown.
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als HTML' }).click()]);
  const doc = fs.readFileSync(await html.path(), 'utf8');
  assert.ok(doc.startsWith('<!DOCTYPE html>'));
  assert.ok(!/<script/i.test(doc));
  assert.ok(doc.includes('€ 12.577,50'));
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als Markdown' }).click()]);
  assert.ok(fs.readFileSync(await md.path(), 'utf8').startsWith('# Spoorwijzer: samenvatting'));

  // A letter, edited, then downloaded as typed.
  await page.selectOption('#sw-keep-letter', 'slapend_dienstverband');
  await page.waitForFunction(() => document.querySelector('#sw-keep-letter-text').value.includes('ECLI:NL:HR:2019:1734'));
  await page.fill('#sw-keep-letter-text', 'Mijn eigen brief [naam]');
  const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download brief' }).click()]);
  assert.equal(fs.readFileSync(await letter.path(), 'utf8'), 'Mijn eigen brief [naam]');
  clean(browser, server.url);
});

test('English page and a 320 px screen: axe clean, no horizontal scrolling', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page, '#/bewaren', '?lang=en');
  await upload(page, 'answers.json', FILE);
  await page.waitForSelector(`text=${COUNT} answers read.`);
  await page.waitForSelector('text=Remember my answers on this device');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
  assert.deepEqual(formatViolations(await axe(page)), '');
  await screenshot(page, 'bewaren-320-en');
  await page.setViewportSize({ width: 1024, height: 800 });
  clean(browser, server.url);
});

test('an embedder can switch off sharing and memory (delen=0, onthouden=0)', async () => {
  const { page } = browser;
  await page.evaluate(() => { localStorage.setItem('spoorwijzer.onthouden', '1'); localStorage.setItem('spoorwijzer.antwoorden', '{kapot'); });
  await open(page, '#/bewaren', '?lang=nl&delen=0&onthouden=0');
  await page.waitForSelector('text=Delen met een link staat uit op deze website.');
  await page.waitForSelector('text=Onthouden op dit apparaat staat uit op deze website.');
  assert.equal(await page.locator('#sw-keep-memory').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Kopieer link met mijn antwoorden' }).count(), 0);
  // Memory switched off by the host: remembered data is not even read.
  assert.equal(await page.locator('.sw-memory-notice').count(), 0);
  await eraseAll(page);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('spoorwijzer')).length), 0);
  assert.deepEqual(formatViolations(await axe(page)), '');
  clean(browser, server.url);
});
