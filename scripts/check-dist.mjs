// Static privacy check of the release build: dist/index.html carries the CSP meta, and
// nothing in dist/ *loads* from another origin. Outbound links (<a href="https://...">)
// are allowed when they carry rel="noopener noreferrer" (design.md §5).
// Also: the prerendered start page is hidden until first-paint.js allows it, sw.js holds
// this build's file list, and every precompressed FILE.br / FILE.gz is exactly FILE.
// And the kennisbank is data, not code: every explanation page and glossary exists as a
// data file in content/ in both languages, is precached, and no sentence of them is
// compiled into a wasm (a page's text in the wasm again would fail here).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { walk } from './walk.mjs';

const dist = path.resolve(process.argv[2] || 'dist');
const EXPECTED_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
const failures = [];
let checked = 0;

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const csp = html.match(/<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i);
if (!csp) failures.push('index.html: no Content-Security-Policy meta');
else if (!csp[0].includes(EXPECTED_CSP)) failures.push(`index.html: the CSP differs from design.md §5: ${csp[0]}`);
if (!/<meta[^>]*name=["']?referrer["']?[^>]*no-referrer|<meta[^>]*no-referrer[^>]*name=["']?referrer/i.test(html)) failures.push('index.html: no <meta name="referrer" content="no-referrer">');
// A <script type="application/json"> block (the embed configuration) is data, never run.
if (/<script(?![^>]*\bsrc=)(?![^>]*type=["']?application\/json)[^>]*>\s*\S/i.test(html)) failures.push('index.html: an inline <script> (the CSP forbids it)');

// The start page that the build prerenders: hidden until first-paint.js, a synchronous
// script in <head>, allows it (styles/base.css).
const head = html.slice(0, html.search(/<body[\s>]/i));
if (!/<div[^>]*\bid=["']?app["']?[^>]*\bdata-sw-prerendered\b[^>]*\bhidden\b[^>]*>\s*<a\b/i.test(html)) failures.push('index.html: #app does not hold the prerendered start page as <div id="app" data-sw-prerendered hidden>');
if (!/<script\s+src=["']?first-paint\.js["']?\s*>\s*<\/script>/i.test(head)) failures.push('index.html: no synchronous <script src="first-paint.js"> in <head>');

const external = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i; // http://, https://, //host
const isExternal = (u) => external.test(u.trim()) && !/^data:/i.test(u.trim());

function checkHtml(file, text) {
  // Loads: src on any element, and href on <link> (stylesheet, icon, preload, manifest...).
  for (const m of text.matchAll(/<([a-z0-9-]+)\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    if (isExternal(m[2])) failures.push(`${file}: <${m[1]} src="${m[2]}"> loads from another origin`);
  }
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    const href = m[0].match(/\bhref\s*=\s*["']?([^"'\s>]+)/i);
    if (href && isExternal(href[1])) failures.push(`${file}: ${m[0]} loads from another origin`);
  }
  for (const m of text.matchAll(/<a\b[^>]*>/gi)) {
    const href = m[0].match(/\bhref\s*=\s*["']?([^"'\s>]+)/i);
    if (href && isExternal(href[1]) && !/rel=["'][^"']*noopener[^"']*noreferrer|rel=["'][^"']*noreferrer[^"']*noopener/i.test(m[0])) {
      failures.push(`${file}: outbound link without rel="noopener noreferrer": ${m[0]}`);
    }
  }
}

function checkCss(file, text) {
  for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)) {
    if (isExternal(m[1])) failures.push(`${file}: CSS url(${m[1]}) loads from another origin`);
  }
  for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/gi)) {
    if (isExternal(m[1])) failures.push(`${file}: CSS @import ${m[1]} loads from another origin`);
  }
}

function checkJs(file, text) {
  for (const m of text.matchAll(/\bimport\s*(?:[\w*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
    if (isExternal(m[1])) failures.push(`${file}: import of ${m[1]}`);
  }
  for (const m of text.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+)["'`]/g)) {
    if (isExternal(m[1])) failures.push(`${file}: dynamic import of ${m[1]}`);
  }
  for (const m of text.matchAll(/\b(?:fetch|sendBeacon|importScripts|EventSource|WebSocket)\s*\(\s*["'`]([^"'`]+)["'`]/g)) {
    if (isExternal(m[1]) || /^wss?:/i.test(m[1])) failures.push(`${file}: network call to ${m[1]}`);
  }
  for (const m of text.matchAll(/new\s+URL\s*\(\s*["'`](https?:\/\/[^"'`]+)["'`]/g)) {
    failures.push(`${file}: URL to another origin built for loading: ${m[1]}`);
  }
}

const wasms = new Map();
function checkWasm(file, buf) {
  // URLs inside the binary are texts (sources, links); the wasm cannot load by itself, but
  // a load would have to go through the JS glue, which checkJs covers. Report loads only.
  // The binary is kept for the content check below.
  wasms.set(file, buf);
}

/** Every string inside a JSON value. */
function strings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

// The kennisbank's data files (scripts/post-build.mjs, core/src/kb/data.rs). The slugs are
// the public routes #/uitleg/<slug>.
const KB_PAGES = ['spoor-1-spoor-2-outplacement', 'poortwachter', 'transitievergoeding', 'ziek-en-ontslag',
  'situatieve-arbeidsongeschiktheid', 'inkomen-en-verzekering', 'hulp-en-rechten'];
function checkContent(precached) {
  let sentences = 0;
  for (const lang of ['nl', 'en']) {
    for (const name of [...KB_PAGES.map((s) => `${s}.json`), 'begrippen.json']) {
      const rel = `content/${lang}/${name}`;
      const file = path.join(dist, rel);
      if (!fs.existsSync(file)) { failures.push(`${rel}: missing (the kennisbank's data files were not built)`); continue; }
      if (!precached.includes(rel)) failures.push(`${rel}: not precached by sw.js, so it would not work offline`);
      let data;
      try { data = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { failures.push(`${rel}: not JSON (${e.message})`); continue; }
      // Long texts only: a page's sentences and every definition, not a short label that
      // the app may also use.
      const texts = name === 'begrippen.json' ? Object.values(data.terms || {}) : strings(data.blocks).filter((t) => t.length >= 60);
      if (!texts.length) failures.push(`${rel}: no text in it`);
      for (const t of texts) {
        sentences++;
        const needle = Buffer.from(t, 'utf8');
        for (const [w, buf] of wasms) {
          if (buf.includes(needle)) failures.push(`${w}: holds text of ${rel} ("${t.slice(0, 50)}…"): the page is compiled in again`);
        }
      }
    }
  }
  return sentences;
}

function checkCompressed(name, buf) {
  const original = name.replace(/\.(br|gz)$/, '');
  if (!fs.existsSync(path.join(dist, original))) { failures.push(`${name}: no ${original} beside it`); return; }
  let plain;
  try {
    plain = name.endsWith('.br') ? zlib.brotliDecompressSync(buf) : zlib.gunzipSync(buf);
  } catch (e) {
    failures.push(`${name}: does not decompress (${e.message})`);
    return;
  }
  if (!plain.equals(fs.readFileSync(path.join(dist, original)))) failures.push(`${name}: is not exactly ${original} (a stale precompressed file)`);
}

let precached = [];
function checkWorker(text) {
  const version = text.match(/const VERSION = '([^']+)'/);
  const files = text.match(/const FILES = (\[[^\]]*\])/);
  if (!version || version[1] === 'dev') { failures.push('sw.js: no build version (scripts/post-build.mjs did not run)'); return; }
  const list = files ? JSON.parse(files[1]) : [];
  precached = list;
  if (!list.length) failures.push('sw.js: an empty precache list');
  for (const f of list) {
    if (isExternal(f)) failures.push(`sw.js: precaches ${f} from another origin`);
    else if (f !== './' && !fs.existsSync(path.join(dist, f))) failures.push(`sw.js: precaches ${f}, which is not in the build`);
  }
}


let compressed = 0;
for (const name of walk(dist)) {
  const file = path.join(dist, name);
  checked++;
  const ext = path.extname(name);
  if (ext === '.br' || ext === '.gz') { compressed++; checkCompressed(name, fs.readFileSync(file)); continue; }
  if (ext === '.png' || ext === '.ico') continue;
  if (ext === '.wasm') { checkWasm(name, fs.readFileSync(file)); continue; }
  const text = fs.readFileSync(file, 'utf8');
  if (ext === '.html') checkHtml(name, text);
  else if (ext === '.css') checkCss(name, text);
  else if (ext === '.js' || ext === '.mjs') {
    checkJs(name, text);
    if (name === 'sw.js') checkWorker(text);
  }
  else if (ext === '.webmanifest' || ext === '.json') {
    for (const m of text.matchAll(/"(?:src|start_url|scope|id)"\s*:\s*"([^"]+)"/g)) if (isExternal(m[1])) failures.push(`${name}: ${m[1]}`);
  } else if (ext === '.svg') {
    for (const m of text.matchAll(/(?:href|src)\s*=\s*["']([^"']+)/g)) if (isExternal(m[1]) && !m[1].startsWith('http://www.w3.org/')) failures.push(`${name}: ${m[1]}`);
  }
}

const sentences = checkContent(precached);

if (failures.length) {
  console.error(`check-dist: ${failures.length} problem(s) in ${dist}:`);
  for (const f of failures) console.error(`  - ${f}`);
  console.log(`check-dist: 0 passed, 1 failed`);
  process.exit(1);
}
if (!fs.existsSync(path.join(dist, 'sw.js'))) {
  console.error('check-dist: no sw.js in the build');
  process.exit(1);
}
console.log(`check-dist: ${checked} files checked (${compressed} precompressed, each equal to its original), CSP meta present, start page prerendered and hidden until allowed, nothing loads from another origin, the kennisbank is ${sentences} texts in content/ and none of them in the wasm`);
