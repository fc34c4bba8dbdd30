// make bench: prints figures, never fails on them (every part catches its own errors).
//
//   node scripts/bench.mjs [DIST]        DIST defaults to dist/
//
//  1. every file of the build: raw, gzip -9 and brotli (quality 11); the wasm on its own;
//     the service worker's precache in bytes, apart from the first load;
//  2. Lighthouse, mobile preset (simulated slow 4G, 4x CPU slowdown), on the build and on
//     a static floor page in the same run, both served gzip, with the ratio;
//  3. twiggy's top 10 of the wasm (names kept by a `wasm-opt -Oz -g` copy of the same
//     code; `BENCH_TWIGGY_TOP=30` for more);
//  4. answer -> next question, 4x CPU throttling, median of 9: in the DOM, and painted;
//  5. the 10,000-row batch in the page, and the overview of 10,000 sick employees'
//     deadlines (tests/e2e/bench-batch.mjs).
// The command line's batch rows per second follow from the Makefile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { serve, launch, ROOT, DIST as DEFAULT_DIST } from '../tests/e2e/lib.mjs';

const DIST = path.resolve(process.argv[2] || DEFAULT_DIST);
const kb = (n) => (n == null ? 'n/a' : `${(n / 1024).toFixed(1)} KB`);
const ms = (n) => (n == null ? 'n/a' : `${Math.round(n)} ms`);
const score = (s) => (s == null ? 'n/a' : String(Math.round(s * 100)));
const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function part(title, fn) {
  console.log(`\n== ${title}`);
  try {
    await fn();
  } catch (e) {
    console.log(`   (not measured: ${String(e && e.message ? e.message : e).split('\n')[0]})`);
  }
}

// ---------------------------------------------------------------- 1. sizes
const files = fs.readdirSync(DIST).filter((n) => !/\.(br|gz)$/.test(n) && fs.statSync(path.join(DIST, n)).isFile()).sort();
const sizes = new Map();
await part(`Bundle size (${path.relative(ROOT, DIST) || DIST})`, async () => {
  const total = { raw: 0, gz: 0, br: 0 };
  const w = Math.max(...files.map((n) => n.length), 5);
  console.log(`${'file'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}  ${'brotli'.padStart(10)}`);
  for (const name of files) {
    const buf = fs.readFileSync(path.join(DIST, name));
    const s = { raw: buf.length, gz: gzip(buf), br: brotli(buf) };
    sizes.set(name, s);
    total.raw += s.raw; total.gz += s.gz; total.br += s.br;
    console.log(`${name.padEnd(w)}  ${kb(s.raw).padStart(10)}  ${kb(s.gz).padStart(10)}  ${kb(s.br).padStart(10)}`);
  }
  console.log(`${'TOTAL'.padEnd(w)}  ${kb(total.raw).padStart(10)}  ${kb(total.gz).padStart(10)}  ${kb(total.br).padStart(10)}`);
  const pre = fs.readdirSync(DIST).filter((n) => /\.(br|gz)$/.test(n));
  console.log(pre.length ? `precompressed beside them: ${pre.length} files (.br and .gz)` : 'no precompressed files in this build');
  const wasm = files.find((n) => n.endsWith('.wasm'));
  if (wasm) {
    const s = sizes.get(wasm);
    console.log(`\nwasm: ${kb(s.raw)} raw, ${kb(s.gz)} gzip -9, ${kb(s.br)} brotli 11`);
  }
});

await part('Service worker precache (separate from the first load)', async () => {
  const sw = path.join(DIST, 'sw.js');
  if (!fs.existsSync(sw)) { console.log('no sw.js in this build: nothing is precached'); return; }
  const text = fs.readFileSync(sw, 'utf8');
  const list = JSON.parse(text.match(/const FILES = (\[[^\]]*\])/)[1]);
  const version = text.match(/const VERSION = '([^']+)'/)?.[1];
  let raw = 0; let gz = 0;
  for (const f of list) {
    const name = f === './' ? 'index.html' : f.replace(/^\.\//, '');
    const s = sizes.get(name);
    if (s) { raw += s.raw; gz += s.gz; }
  }
  console.log(`version ${version}: ${list.length} files, ${kb(raw)} raw, ${kb(gz)} served gzip`);
  console.log('(fetched once, after the page has loaded and is idle; a later start reads them from the device)');
});

// ---------------------------------------------------------------- 2. Lighthouse
const STATIC = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Spoorwijzer</title>
<meta name="description" content="Static floor page for the benchmark.">
<link rel="stylesheet" href="tokens.css"><link rel="stylesheet" href="base.css"><link rel="stylesheet" href="components.css"></head>
<body><main><h1 id="sw-main-heading">Ziek, ontslag of re-integratie: wat betekent het voor jou?</h1></main></body></html>`;

await part('Lighthouse, mobile (simulated slow 4G, 4x CPU), served gzip, median of 3 by LCP', async () => {
  const lhDir = path.join(ROOT, 'bench', 'node_modules', 'lighthouse');
  if (!fs.existsSync(lhDir)) throw new Error('bench/node_modules has no lighthouse: run `npm ci` in bench/ (make bench does)');
  const { run } = await import(path.join(ROOT, 'bench', 'lighthouse.mjs'));
  const server = await serve(DIST, { '/static-floor.html': ['text/html; charset=utf-8', STATIC] }, { gzipOnTheFly: true, encodings: ['gzip'] });
  try {
    const app = await run(`${server.url}/`, 3);
    const floor = await run(`${server.url}/static-floor.html`, 3);
    const served = [...new Set(server.log.map((l) => l.encoding))].join(', ');
    const row = (label, f, a, b) => console.log(`${label.padEnd(24)} ${f(a).padStart(10)} ${f(b).padStart(10)}   ${typeof a === 'number' && typeof b === 'number' && b ? (a / b).toFixed(2) + 'x' : ''}`);
    console.log(`${''.padEnd(24)} ${'app'.padStart(10)} ${'floor'.padStart(10)}   app/floor`);
    row('LCP', ms, app.lcp, floor.lcp);
    row('FCP', ms, app.fcp, floor.fcp);
    row('TTI', ms, app.tti, floor.tti);
    row('TBT', ms, app.tbt, floor.tbt);
    row('CLS', (x) => (x == null ? 'n/a' : x.toFixed(3)), app.cls, floor.cls);
    row('performance', score, app.performance, floor.performance);
    row('accessibility', score, app.accessibility, floor.accessibility);
    row('best practices', score, app.bestPractices, floor.bestPractices);
    row('SEO', score, app.seo, floor.seo);
    row('total transfer', kb, app.totalTransfer, floor.totalTransfer);
    row('  of which the page', kb, app.pageTransfer, floor.pageTransfer);
    row('  of which the worker', kb, app.workerTransfer, floor.workerTransfer);
    row('wasm transfer', kb, app.wasmTransfer, floor.wasmTransfer);
    console.log(`LCP of each run: app ${app.runs.join(', ')} ms; floor ${floor.runs.join(', ')} ms (content encodings sent: ${served})`);
  } finally {
    await server.close();
  }
});

// ---------------------------------------------------------------- 3. twiggy
await part(`twiggy top ${process.env.BENCH_TWIGGY_TOP || 10} of the wasm`, async () => {
  const twiggy = path.join(os.homedir(), '.cargo', 'bin', 'twiggy');
  if (!fs.existsSync(twiggy)) throw new Error('twiggy is not installed (make bench installs it: cargo install twiggy --version 0.8.0 --locked)');
  const target = path.join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'spoorwijzer-web.wasm');
  if (!fs.existsSync(target)) throw new Error('no release wasm in target/');
  // The shipped wasm has no names. Repeat trunk's two steps on the same code, keeping names.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-twiggy-'));
  const bin = path.join(ROOT, 'node_modules', '.bin');
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', tmp, target], { stdio: 'ignore' });
  const named = path.join(tmp, 'named.wasm');
  execFileSync(path.join(bin, 'wasm-opt'), ['-Oz', '-g', path.join(tmp, 'spoorwijzer-web_bg.wasm'), '-o', named], { stdio: 'ignore' });
  const n = Number(process.env.BENCH_TWIGGY_TOP || 10);
  const out = execFileSync(twiggy, ['top', '-n', String(n + 8), named], { encoding: 'utf8' });
  const lines = out.split('\n').filter((l) => !/subsection|custom section "name"|^\s*$/.test(l));
  const body = lines.filter((l) => /┊/.test(l) && !/Σ|\.\.\. and/.test(l)).slice(0, n);
  console.log(lines[0]);
  for (const l of body) console.log(l.length > 150 ? l.slice(0, 147) + '...' : l);
  console.log('(sizes of the code as shipped; the copy adds only its name section, which is left out)');
  fs.rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------- 4. answer -> next question
// Two figures per step: until the new question is in the DOM (a MutationObserver sees the
// new heading: the app's own work, Yew's rendering and the browser's history update), and
// until the frame after it (rendered: style, layout and paint included). See
// docs/performance.md for where the time goes.
await part('Answer -> next question, 4x CPU throttling, median of 9', async () => {
  const server = await serve(DIST);
  const b = await launch();
  const steps = ['rol -> ziek_nu', 'ziek_nu -> next'];
  const samples = Object.fromEntries(steps.map((s) => [s, { dom: [], painted: [] }]));
  try {
    const cdp = await b.context.newCDPSession(b.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let i = 0; i < 9; i++) {
      await b.page.goto(`${server.url}/?lang=nl#/vraag/rol`);
      await b.page.waitForSelector('#app:not([data-sw-prerendered]) input[name=antwoord]', { timeout: 60000 });
      for (const [label, value] of [[steps[0], 'werknemer'], [steps[1], 'ja']]) {
        const [dom, painted] = await b.page.evaluate(async (v) => {
          const h = document.getElementById('sw-main-heading').textContent;
          document.querySelector(`input[name=antwoord][value="${v}"]`).click();
          let tDom = 0;
          const changed = new Promise((resolve) => {
            const mo = new MutationObserver(() => {
              const now = document.getElementById('sw-main-heading');
              if (now && now.textContent !== h) {
                tDom = performance.now();
                mo.disconnect();
                resolve();
              }
            });
            mo.observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true });
          });
          const t0 = performance.now();
          document.querySelector('form button[type=submit]').click();
          await changed;
          // until the frame with the new question is painted
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return [tDom - t0, performance.now() - t0];
        }, value);
        samples[label].dom.push(dom);
        samples[label].painted.push(painted);
      }
    }
  } finally {
    await b.close();
    await server.close();
  }
  const median = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)];
  for (const [label, { dom, painted }] of Object.entries(samples)) {
    console.log(`${label.padEnd(16)} in the DOM: median ${ms(median(dom))}; painted: median ${ms(median(painted))}  (painted runs: ${painted.map((t) => Math.round(t)).join(', ')} ms)`);
  }
});

// ---------------------------------------------------------------- 5. batch in the page
await part('Batch page: 10,000 rows, and the overview of 10,000 sick employees (tests/e2e/bench-batch.mjs)', async () => {
  const batchBench = path.join(ROOT, 'tests', 'e2e', 'bench-batch.mjs');
  if (!fs.existsSync(batchBench)) throw new Error('no tests/e2e/bench-batch.mjs');
  process.env.SW_BENCH_DIST = DIST;
  await import(batchBench);
});
