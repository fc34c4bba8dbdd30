// make bench: prints figures, never fails on them.
//  1. every dist/ file and the total: raw, gzip -9 and brotli (max quality);
//  2. navigation to the first rendered heading in headless Chromium with 4x CPU
//     throttling, median of 5 runs, for the app and for a static page with the same heading
//     (the floor to compare against).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, DIST } from '../tests/e2e/lib.mjs';

function kb(n) { return `${(n / 1024).toFixed(1)} KB`; }

console.log('== Bundle size (dist/)');
let total = { raw: 0, gz: 0, br: 0 };
const rows = [];
for (const name of fs.readdirSync(DIST).sort()) {
  const file = path.join(DIST, name);
  if (fs.statSync(file).isDirectory()) continue;
  const buf = fs.readFileSync(file);
  const gz = zlib.gzipSync(buf, { level: 9 }).length;
  const br = zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push([name, buf.length, gz, br]);
  total.raw += buf.length; total.gz += gz; total.br += br;
}
const w = Math.max(...rows.map((r) => r[0].length), 5);
console.log(`${'file'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}  ${'brotli'.padStart(10)}`);
for (const [n, r, g, b] of rows) console.log(`${n.padEnd(w)}  ${kb(r).padStart(10)}  ${kb(g).padStart(10)}  ${kb(b).padStart(10)}`);
console.log(`${'TOTAL'.padEnd(w)}  ${kb(total.raw).padStart(10)}  ${kb(total.gz).padStart(10)}  ${kb(total.br).padStart(10)}`);

const STATIC = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Spoorwijzer</title>
<link rel="stylesheet" href="tokens.css"><link rel="stylesheet" href="base.css"><link rel="stylesheet" href="components.css"></head>
<body><main><h1 id="sw-main-heading">Ziek, ontslag of re-integratie: wat betekent het voor jou?</h1></main></body></html>`;

async function timeToHeading(url, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const b = await launch();
    try {
      const cdp = await b.context.newCDPSession(b.page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const t0 = Date.now();
      await b.page.goto(url);
      await b.page.waitForSelector('#sw-main-heading', { timeout: 60000 });
      times.push(Date.now() - t0);
    } finally {
      await b.close();
    }
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], all: times };
}

const server = await serve(DIST, { '/static-floor.html': ['text/html; charset=utf-8', STATIC] });
try {
  console.log('\n== Navigation to first heading, 4x CPU throttling, cache disabled (median of 5)');
  const app = await timeToHeading(`${server.url}/?lang=nl#/`);
  console.log(`app start page:        ${app.median} ms   (runs: ${app.all.join(', ')})`);
  const floor = await timeToHeading(`${server.url}/static-floor.html`);
  console.log(`static page (floor):   ${floor.median} ms   (runs: ${floor.all.join(', ')})`);
  console.log(`app minus floor:       ${app.median - floor.median} ms`);
} finally {
  await server.close();
}

const batchBench = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'tests', 'e2e', 'bench-batch.mjs');
if (fs.existsSync(batchBench)) {
  console.log('\n== Batch page: 10,000 rows (tests/e2e/bench-batch.mjs)');
  await import(batchBench);
}
