// Shared helpers for the end-to-end tests: a static server for dist/, Debian's Chromium
// through playwright-core, the two privacy tripwires, and axe-core.
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'target', 'e2e');
fs.mkdirSync(ARTIFACTS, { recursive: true });

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.ico', '.webmanifest', '.json']);

/**
 * Serve a folder on 127.0.0.1 at a free port. `extra` maps paths to [type, body].
 * Options:
 * - `encoded`: when a request accepts it, send the build's precompressed `FILE.br` or
 *   `FILE.gz` (beside FILE) with `Content-Encoding`, as a host would (default true);
 * - `encodings`: the encodings it may send, in order of preference (default br, gzip);
 * - `gzipOnTheFly`: gzip -9 a compressible file that has no `.gz` beside it (the bench,
 *   for a build without precompressed files);
 * - `headers`: extra response headers for every file.
 * `close()` also drops open keep-alive connections, so the origin is really gone.
 */
export async function serve(dir = DIST, extra = {}, options = {}) {
  const { encoded = true, gzipOnTheFly = false, headers = {}, encodings = ['br', 'gzip'] } = options;
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let p = decodeURIComponent(url.pathname);
    const accepts = String(req.headers['accept-encoding'] || '');
    if (extra[p]) {
      const [type, body] = extra[p];
      log.push({ path: p, encoding: 'identity' });
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(body);
      return;
    }
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(dir, path.normalize(p));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const ext = path.extname(file);
    const head = { 'content-type': TYPES[ext] || 'application/octet-stream', ...headers };
    if (encoded && COMPRESSIBLE.has(ext)) {
      head.vary = 'accept-encoding';
      for (const [token, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (encodings.includes(token) && new RegExp(`\\b${token}\\b`).test(accepts) && fs.existsSync(file + suffix)) {
          log.push({ path: p, encoding: token });
          res.writeHead(200, { ...head, 'content-encoding': token });
          fs.createReadStream(file + suffix).pipe(res);
          return;
        }
      }
      if (gzipOnTheFly && /\bgzip\b/.test(accepts)) {
        log.push({ path: p, encoding: 'gzip' });
        res.writeHead(200, { ...head, 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
        return;
      }
    }
    log.push({ path: p, encoding: 'identity' });
    res.writeHead(200, head);
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }),
  };
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Launch Debian's Chromium with a fresh profile. Every request of the context is recorded,
 * and every Content-Security-Policy violation is counted through an init script that
 * listens for `securitypolicyviolation` (CDP-injected, so our own CSP does not block it).
 */
export async function launch(options = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1024, height: 800 },
    ...options,
  });
  const requests = [];
  const violations = [];
  const consoleErrors = [];
  const pageErrors = [];
  // At the context level, so requests of every page, frame and worker are seen; a request
  // the service worker makes (its precache, its update check) carries `worker: true`.
  context.on('request', (r) => requests.push({
    url: r.url(), type: r.resourceType(), method: r.method(), worker: Boolean(r.serviceWorker()),
  }));
  await context.exposeBinding('__swCspViolation', (_source, v) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // eslint-disable-next-line no-undef
      window.__swCspViolation({ blockedURI: e.blockedURI, directive: e.violatedDirective });
    });
  });
  const attach = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  };
  context.on('page', attach);
  const page = context.pages()[0] || (await context.newPage());
  attach(page);
  return {
    context, page, requests, violations, consoleErrors, pageErrors,
    close: async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); },
  };
}

/** Run `body(b)` with a browser of its own (`options` as for `launch`), closed afterwards. */
export async function withBrowser(options, body) {
  const b = await launch(options);
  try {
    await body(b);
  } finally {
    await b.close();
  }
}

/**
 * The files the app itself may load. Anything else is a privacy failure. The service
 * worker precaches every file of the app (sw.js), so the install icons are here too; not
 * embed.js, which is for host pages only. A precompressed `.br`/`.gz` file is never asked
 * for by name: the server sends it for the plain name. The kennisbank's data files
 * (content/, fetched when a page or a term is opened) are listed one by one.
 */
export const ALLOWED_PATHS = new Set([
  '/', '/index.html', '/boot.js', '/spoorwijzer-web.js', '/spoorwijzer-web_bg.wasm',
  '/first-paint.js', '/sw.js',
  '/icon-192.png', '/icon-512.png', '/icon-maskable-512.png',
  '/tokens.css', '/base.css', '/components.css', '/print.css', '/calc.css', '/interview.css',
  '/kb.css',
  '/batch.css',
  '/embed.css',
  '/keep.css',
  '/favicon.ico', '/favicon.svg', '/manifest.webmanifest',
  '/income.css',
  ...['nl', 'en'].flatMap((lang) => [
    'spoor-1-spoor-2-outplacement', 'poortwachter', 'transitievergoeding', 'ziek-en-ontslag',
    'situatieve-arbeidsongeschiktheid', 'inkomen-en-verzekering', 'hulp-en-rechten', 'begrippen',
  ].map((name) => `/content/${lang}/${name}.json`)),
]);

/** Requests that are not same-origin, or not one of the app's own files. */
export function strayRequests(requests, origin, allowed = ALLOWED_PATHS) {
  return requests.filter((r) => {
    if (r.url.startsWith('data:') || r.url.startsWith('blob:')) return false;
    let u;
    try { u = new URL(r.url); } catch { return true; }
    return u.origin !== origin || !allowed.has(u.pathname);
  });
}

/**
 * The check at the end of a suite: no console errors, no page errors, only the app's own
 * files from `origin` among `requests`, and no CSP violations.
 */
export function assertCleanRun(b, origin, requests = b.requests) {
  assert.deepEqual(b.consoleErrors, []);
  assert.deepEqual(b.pageErrors, []);
  assert.deepEqual(strayRequests(requests, origin), []);
  assert.deepEqual(b.violations, []);
}

/** Run `body()` with the page at `size` (e.g. 320 px wide), then back at 1024 × 800. */
export async function atViewport(page, size, body) {
  await page.setViewportSize(size);
  try {
    await body();
  } finally {
    await page.setViewportSize({ width: 1024, height: 800 });
  }
}

/** How many pixels the page is wider than the viewport (0 or less: no horizontal scrolling). */
export function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Wait for the app to render its first heading. The static start page in index.html has
 * the same heading before the app runs; `#app` loses `data-sw-prerendered` when the app
 * takes over, so this waits for the app itself. A part that is fetched when first needed
 * (an explanation page, the glossary, a calculator) shows "Bezig met laden…" until it is
 * there; this waits for that too (a failed fetch ends the wait with its message).
 */
export async function ready(page) {
  await page.waitForSelector('#app:not([data-sw-prerendered]) #sw-main-heading', { timeout: 20000 });
  await loaded(page);
}

/** Wait until nothing on the page is still loading (`.sw-loading-part`). */
export async function loaded(page) {
  await page.waitForFunction(() => !document.querySelector('.sw-loading-part'), null, { timeout: 20000 });
}

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Open a term's definition in place by keyboard: its toggle goes from collapsed to
 * expanded, and the definition has loaded.
 */
export async function openTermByKeyboard(page, toggle) {
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await loaded(page);
}

/** Run axe-core on the current page and return its violations (WCAG 2.2 A/AA and best practice). */
export async function axe(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  return result;
}

export function formatViolations(v) {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help} -> ${x.nodes.join(', ')}`).join('\n');
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A minimal CSV reader (quotes, doubled quotes, CRLF) for checking downloads. */
export function parseCsv(text, delimiter) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
