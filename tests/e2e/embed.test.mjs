// Embedding (issue 9): a host page on a SECOND localhost port embeds the app (served from
// the first port) in an iframe with a configuration, and uses dist/embed.js to follow the
// app's height. Checks: the organisation name, the preset role, the accent colour, the
// height following the content, the privacy tripwires on both origins, axe inside the
// frame, preview notices, inert XSS payloads in every text option, a refused low-contrast
// accent, and the inline JSON configuration block (URL overrides it, the CSP allows it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, ready, axe, formatViolations, screenshot, strayRequests, DIST, ALLOWED_PATHS } from './lib.mjs';

let app; // the app, first port
let host; // the host page, second port
let browser;
const HOST_PATHS = new Set(['/host.html', '/embed.js', '/favicon.ico']);

function hostPage(src, width = '100%') {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title></head>
<body>
<script>window.__msgs = []; addEventListener('message', (e) => __msgs.push({ origin: e.origin, data: e.data }));</script>
<h1>An employer's intranet</h1>
<p>Spoorwijzer is embedded below.</p>
<iframe id="sw" data-spoorwijzer src="${src}" title="Spoorwijzer: work and illness" allow="clipboard-write"
  style="width: ${width}; border: 0; display: block; height: 150px"></iframe>
<p id="after">Below the frame.</p>
<script src="/embed.js"></script>
</body></html>`;
}

let hostHtml = '';
before(async () => {
  app = await serve();
  const embedJs = fs.readFileSync(path.join(DIST, 'embed.js'), 'utf8');
  const favicon = fs.readFileSync(path.join(DIST, 'favicon.ico'));
  // The host server answers /host.html from a variable, so each test can set its iframe.
  const http = await import('node:http');
  host = await new Promise((resolve) => {
    const s = http.createServer((req, res) => {
      const p = new URL(req.url, 'http://x').pathname;
      if (p === '/host.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(hostHtml); return; }
      if (p === '/favicon.ico') { res.writeHead(200, { 'content-type': 'image/x-icon' }); res.end(favicon); return; }
      if (p === '/embed.js') { res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }); res.end(embedJs); return; }
      res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found');
    });
    s.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${s.address().port}`, close: () => new Promise((r) => s.close(r)) }));
  });
  assert.notEqual(new URL(app.url).port, new URL(host.url).port);
  browser = await launch();
});
after(async () => { await browser.close(); await app.close(); await host.close(); });

/** Load the host page with an iframe src and return the app's frame once it has rendered. */
async function embed(query, hash = '#/', width = '100%') {
  hostHtml = hostPage(`${app.url}/?${query}${hash}`, width);
  const { page } = browser;
  await page.goto(`${host.url}/host.html`);
  const frame = await (await page.$('#sw')).contentFrame();
  await ready(frame);
  return frame;
}

/** The frame element's height on the host page and the app document's own height. */
async function heights(page, frame) {
  const outer = await page.evaluate(() => Math.round(document.getElementById('sw').getBoundingClientRect().height));
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { outer, inner };
}

/** Wait until the host's iframe is as tall as the app's content (clamped to 300..10000). */
async function heightFollows(page, frame, label) {
  let h;
  // Up to 15 s: on a loaded machine the app's first resize message can take seconds.
  for (let i = 0; i < 150; i++) {
    h = await heights(page, frame);
    if (h.outer === Math.min(10000, Math.max(300, h.inner))) return h;
    await page.waitForTimeout(100);
  }
  assert.fail(`${label}: the frame is ${h.outer}px high, its content ${h.inner}px`);
}

const CONFIG = (hostOrigin) => `org=${encodeURIComponent('Acme Zorg BV')}&rol=werkgever&lang=en&accent=%23005ea5&parent=${encodeURIComponent(hostOrigin)}`;

test('an iframe on another origin shows the organisation, applies the role, language and accent', async () => {
  const { page } = browser;
  const frame = await embed(CONFIG(host.url));
  assert.equal(await frame.textContent('.sw-header__org'), 'Acme Zorg BV');
  assert.equal(await frame.getAttribute('#sw-main', 'data-sw-rol'), 'werkgever', 'the preset role is in the app state');
  assert.equal(await frame.getAttribute('html', 'lang'), 'en');
  assert.match(await frame.textContent('h1'), /Sick, dismissed/);
  const colours = await frame.evaluate(() => {
    const cs = getComputedStyle(document.documentElement);
    return {
      accent: cs.getPropertyValue('--sw-color-accent').trim(),
      header: getComputedStyle(document.querySelector('.sw-header')).backgroundColor,
      embedded: document.documentElement.classList.contains('sw-embedded'),
      styleAttr: document.documentElement.getAttribute('style'),
    };
  });
  assert.equal(colours.accent, '#005ea5');
  assert.equal(colours.header, 'rgb(0, 94, 165)');
  assert.ok(colours.embedded, 'the app knows it runs in a frame');
  assert.match(colours.styleAttr || '', /--sw-color-accent/, 'set through the CSSOM');
  assert.equal(await page.textContent('h1'), "An employer's intranet", 'the host page is untouched');
  assert.deepEqual(formatViolations(await axe(frame)), '');
  await screenshot(page, 'embed-host');
});

test('the iframe height follows the content: start, privacy, a narrow (long) page', async () => {
  const { page } = browser;
  const frame = await embed(CONFIG(host.url));
  const start = await heightFollows(page, frame, 'start');
  assert.ok(start.outer > 300, `the start page is taller than the minimum (${start.outer})`);
  await frame.click('footer a[href="#/privacy"]');
  await frame.waitForFunction(() => location.hash === '#/privacy');
  await ready(frame);
  const privacy = await heightFollows(page, frame, 'privacy');
  assert.notEqual(privacy.outer, start.outer, 'the height changed with the page');
  assert.deepEqual(formatViolations(await axe(frame)), '');
  await frame.click('.sw-header__brand');
  await frame.waitForFunction(() => location.hash === '#/');
  await ready(frame);
  await heightFollows(page, frame, 'back to start');
  // Make the frame narrow: the same page wraps and becomes much longer.
  await page.evaluate(() => { document.getElementById('sw').style.width = '320px'; });
  const narrow = await heightFollows(page, frame, 'narrow start page');
  assert.ok(narrow.outer > start.outer + 200, `narrow ${narrow.outer}px vs wide ${start.outer}px`);
  const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the frame scrolls sideways by ${overflow}px`);
  assert.deepEqual(formatViolations(await axe(frame)), '');
  await screenshot(page, 'embed-host-narrow');
});

test('the resize message carries only a type and a height, to the configured parent origin', async () => {
  const { page } = browser;
  const frame = await embed(CONFIG(host.url));
  await heightFollows(page, frame, 'start');
  const messages = await page.evaluate(() => window.__msgs);
  assert.ok(messages.length >= 1);
  for (const m of messages) {
    assert.equal(m.origin, app.url);
    assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type']);
    assert.equal(m.data.type, 'spoorwijzer:resize');
    assert.ok(Number.isInteger(m.data.height) && m.data.height > 0);
  }
});

test('embed.js ignores messages from other windows and clamps heights', async () => {
  const { page } = browser;
  const frame = await embed(CONFIG(host.url));
  const before = (await heightFollows(page, frame, 'start')).outer;
  // A message from the host window itself (not the frame) is ignored.
  await page.evaluate(() => window.postMessage({ type: 'spoorwijzer:resize', height: 5000 }, '*'));
  await page.waitForTimeout(200);
  assert.equal((await heights(page, frame)).outer, before);
  // A message from inside the frame with an absurd height is clamped to 10000 px.
  await frame.evaluate((origin) => window.parent.postMessage({ type: 'spoorwijzer:resize', height: 1e9 }, origin), host.url);
  await page.waitForFunction(() => document.getElementById('sw').style.height === '10000px');
  await frame.evaluate((origin) => window.parent.postMessage({ type: 'spoorwijzer:resize', height: -5 }, origin), host.url);
  await page.waitForFunction(() => document.getElementById('sw').style.height === '300px');
});

test('preview=1 lists ignored values and refuses a low-contrast accent', async () => {
  const { page } = browser;
  const warnings = [];
  const onConsole = (m) => { if (m.type() === 'warning') warnings.push(m.text()); };
  page.on('console', onConsole);
  try {
    const frame = await embed(`lang=en&preview=1&accent=%23ffff00&tools=tijdlijn,onbekend&rol=baas&contact_url=${encodeURIComponent('http://hr.example.nl')}&delen=misschien&parent=${encodeURIComponent(host.url)}`);
    const panel = await frame.textContent('.sw-preview');
    assert.match(panel, /Preview of the settings/);
    assert.match(panel, /accent = "#ffff00": the contrast with white is 1\.0:1, at least 4\.5:1/);
    assert.match(panel, /tools = "onbekend": this part does not exist/);
    assert.match(panel, /rol = "baas": choose werknemer/);
    assert.match(panel, /contact_url = "http:\/\/hr\.example\.nl": a link must start with https:\/\//);
    assert.match(panel, /delen = "misschien": choose 0 or 1/);
    const accent = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sw-color-accent').trim());
    assert.equal(accent, '#1f5f6b', 'the default accent stays');
    // `tools` hides the other tools on the start page.
    const links = await frame.$$eval('.sw-tool-links a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes('#/tijdlijn'));
    for (const hidden of ['#/transitievergoeding', '#/inkomen', '#/vergelijk', '#/uitleg', '#/begrippen']) {
      assert.ok(!links.includes(hidden), `${hidden} is hidden`);
    }
    assert.equal(await frame.$('.sw-contact'), null, 'no contact block from a refused URL');
    assert.ok(warnings.filter((w) => w.startsWith('Spoorwijzer:')).length >= 5, warnings.join('\n'));
    assert.deepEqual(formatViolations(await axe(frame)), '');
    await screenshot(page, 'embed-preview');
  } finally {
    page.off('console', onConsole);
  }
});

// The empty configuration block in dist/index.html (the release build's minifier may drop
// quotes and reorder attributes).
const BLOCK = /(<script\b[^>]*\bid="?spoorwijzer-config"?[^>]*>)\{\}(<\/script>)/;

const XSS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=2</script>',
  "javascript:window.__xss=3",
  '<svg onload="window.__xss=4"></svg>',
];
const TEXT_KEYS = ['org', 'contact_naam', 'contact_tel', 'contact_url', 'outplacement_naam', 'outplacement_url', 'spoor2_naam', 'spoor2_url', 'logo'];

test('XSS payloads in every text option stay inert text', async () => {
  const { page } = browser;
  let dialogs = 0;
  const onDialog = (d) => { dialogs++; d.dismiss(); };
  page.on('dialog', onDialog);
  try {
    for (const payload of XSS) {
      const q = TEXT_KEYS.map((k) => `${k}=${encodeURIComponent(payload)}`).join('&');
      const frame = await embed(`lang=en&preview=1&${q}`);
      const check = await frame.evaluate(() => ({
        xss: window.__xss,
        imgs: [...document.querySelectorAll('#app img')].map((i) => i.getAttribute('src')),
        scripts: document.querySelectorAll('#app script, #app svg[onload], #app [onerror]').length,
        org: document.querySelector('.sw-header__org')?.textContent,
        contact: document.querySelector('.sw-contact__name')?.textContent,
        hrefs: [...document.querySelectorAll('#app a[href]')].map((a) => a.getAttribute('href')),
      }));
      assert.equal(check.xss, undefined, `no script ran for ${payload}`);
      assert.deepEqual(check.imgs, [], 'no image element was injected, and no logo accepted');
      assert.equal(check.scripts, 0);
      assert.equal(check.org, payload, 'the organisation name shows literally');
      assert.equal(check.contact, payload, 'the contact name shows literally');
      for (const h of check.hrefs) assert.match(h, /^#/, `no configured href survived: ${h}`);
      const panel = await frame.textContent('.sw-preview');
      for (const k of ['contact_tel', 'contact_url', 'outplacement_url', 'spoor2_url', 'logo']) {
        assert.ok(panel.includes(`${k} = "`), `${k} was refused with a notice`);
      }
      // The provider names are text as well.
      assert.ok((await frame.textContent('.sw-contact')).includes(payload));
    }
    assert.equal(dialogs, 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'nothing ran on the host page either');
  } finally {
    page.off('dialog', onDialog);
  }
});

test('negative control: an injected payload would be seen by these checks', async () => {
  // Render a payload as HTML on purpose (what the app must never do) in a separate browser,
  // and show that the element check, the CSP listener and the request recorder all notice.
  const b = await launch();
  try {
    await b.page.goto(`${app.url}/?lang=en#/`);
    await ready(b.page);
    await b.page.evaluate((p) => { document.querySelector('.sw-main').insertAdjacentHTML('beforeend', p); }, XSS[0]);
    await b.page.waitForFunction(() => document.querySelectorAll('#app img').length === 1);
    for (let i = 0; i < 50 && b.violations.length === 0; i++) await b.page.waitForTimeout(50);
    assert.ok(b.violations.length > 0, 'the CSP blocked the inline handler and the listener counted it');
    assert.equal(await b.page.evaluate(() => window.__xss), undefined, 'and the CSP kept it from running');
    assert.ok(strayRequests(b.requests, app.url).some((r) => r.url.endsWith('/x')), 'the recorder saw the image load');
  } finally {
    await b.close();
  }
});

test('contact block and providers: https links with rel="noopener noreferrer", a tel: link', async () => {
  const frame = await embed(`lang=nl&org=Acme&contact_naam=${encodeURIComponent('HR-servicepunt')}&contact_tel=${encodeURIComponent('+31 20 123 45 67')}&contact_url=${encodeURIComponent('https://intranet.acme.example/hr')}&outplacement_naam=Bureau%20Nieuw%20Werk&outplacement_url=${encodeURIComponent('https://nieuwwerk.example')}&spoor2_naam=Spoor%20Twee%20BV&logo=favicon.svg`);
  const text = await frame.textContent('.sw-contact');
  for (const t of ['Contact binnen je organisatie', 'HR-servicepunt', '+31 20 123 45 67', 'intranet.acme.example/hr', 'Outplacementbureau van je werkgever', 'Bureau Nieuw Werk', 'Spoor Twee BV']) {
    assert.ok(text.includes(t), t);
  }
  const links = await frame.$$eval('.sw-contact a', (as) => as.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') })));
  assert.deepEqual(links, [
    { href: 'tel:+31201234567', rel: null },
    { href: 'https://intranet.acme.example/hr', rel: 'noopener noreferrer' },
    { href: 'https://nieuwwerk.example', rel: 'noopener noreferrer' },
  ]);
  assert.equal(await frame.getAttribute('.sw-header__logo', 'src'), 'favicon.svg');
  assert.equal(await frame.getAttribute('.sw-header__logo', 'alt'), '', 'decorative next to the name');
  assert.equal(await frame.$('.sw-preview'), null, 'no preview panel without preview=1');
  assert.deepEqual(formatViolations(await axe(frame)), '');
  await screenshot(browser.page, 'embed-contact');
});

test('the inline JSON block configures the app, the URL overrides it, and the CSP allows it', async () => {
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  assert.match(index, BLOCK, 'dist/index.html carries an empty block');
  assert.match(index.match(BLOCK)[1], /type="?application\/json/, 'as JSON data');
  const config = JSON.stringify({
    _comment: 'set by HR',
    org: 'Acme <b>JSON</b>',
    rol: 'werknemer',
    lang: 'nl',
    tools: ['tijdlijn', 'uitleg'],
    contact_naam: 'Vertrouwenspersoon',
    accent: '#7a2e8c',
    preview: 1,
    kleur: 'rood',
  });
  const html = index.replace(BLOCK, `$1${config}$2`);
  assert.notEqual(html, index);
  const custom = await serve(DIST, { '/': ['text/html; charset=utf-8', html], '/index.html': ['text/html; charset=utf-8', html] });
  const b = await launch();
  try {
    await b.page.goto(`${custom.url}/?lang=en&rol=werkgever#/`);
    await ready(b.page);
    assert.equal(await b.page.textContent('.sw-header__org'), 'Acme <b>JSON</b>');
    assert.equal(await b.page.getAttribute('html', 'lang'), 'en', 'the URL overrides the block');
    assert.equal(await b.page.getAttribute('#sw-main', 'data-sw-rol'), 'werkgever', 'the URL overrides the block');
    const links = await b.page.$$eval('.sw-tool-links a', (as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links.filter((h) => h !== '#/bewaren'), ['#/tijdlijn', '#/uitleg']);
    assert.equal(await b.page.textContent('.sw-contact__name'), 'Vertrouwenspersoon');
    assert.match(await b.page.textContent('.sw-preview'), /configuration block, kleur = "rood": this setting does not exist/);
    assert.equal(await b.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sw-color-accent').trim()), '#7a2e8c');
    assert.equal(await b.page.$('#app b'), null, 'no markup from the block');
    assert.deepEqual(formatViolations(await axe(b.page)), '');
    assert.deepEqual(b.violations, [], 'no CSP violation from the JSON block or the CSSOM accent');
    assert.deepEqual(b.consoleErrors, []);
    assert.deepEqual(b.pageErrors, []);
    assert.deepEqual(strayRequests(b.requests, custom.url), []);
  } finally {
    await b.close();
    await custom.close();
  }
});

test('a broken JSON block is ignored with a notice; the app still runs', async () => {
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const html = index.replace(BLOCK, '$1{"org": "Acme",}$2');
  const custom = await serve(DIST, { '/': ['text/html; charset=utf-8', html] });
  const b = await launch();
  try {
    await b.page.goto(`${custom.url}/?lang=nl&preview=1#/`);
    await ready(b.page);
    assert.equal(await b.page.$('.sw-header__org'), null);
    assert.match(await b.page.textContent('.sw-preview'), /configuratieblok: het configuratieblok in index\.html is geen geldige JSON \(regel 1, kolom \d+\)/);
    assert.deepEqual(b.pageErrors, []);
  } finally {
    await b.close();
    await custom.close();
  }
});

test('no request left either origin except the static files; no CSP violation; no errors', () => {
  const appOrigin = app.url;
  const hostOrigin = host.url;
  const stray = browser.requests.filter((r) => {
    if (r.url.startsWith('data:') || r.url.startsWith('blob:') || r.url === 'about:blank') return false;
    const u = new URL(r.url);
    if (u.origin === appOrigin) return !ALLOWED_PATHS.has(u.pathname);
    if (u.origin === hostOrigin) return !HOST_PATHS.has(u.pathname);
    return true;
  });
  assert.deepEqual(stray, []);
  assert.ok(browser.requests.some((r) => r.url === `${hostOrigin}/embed.js`), 'the host loaded embed.js');
  assert.ok(!browser.requests.some((r) => r.url === `${appOrigin}/embed.js`), 'the app page never loads embed.js');
  assert.deepEqual(browser.violations, []);
  assert.deepEqual(browser.consoleErrors, []);
  assert.deepEqual(browser.pageErrors, []);
});
