// Lighthouse for `make bench` (mobile preset: simulated slow 4G and 4x CPU slowdown).
// Lighthouse lives in bench/node_modules only (bench/package-lock.json, `npm ci` in this
// folder), so `make run` and `make test` never download it. It drives Debian's Chromium
// with the same flags as the end-to-end tests and a fresh profile per run.
//
//   node bench/lighthouse.mjs URL [RUNS]     prints the median run's figures as JSON
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

// A Dutch phone: `--accept-lang` sets navigator.language in headless Chromium (`--lang`
// alone does not), and the app and its static start page follow the browser's language.
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--lang=nl-NL', '--accept-lang=nl-NL,nl',
];

function pick(lhr) {
  const a = lhr.audits;
  const items = a['network-requests']?.details?.items || [];
  // Requests the service worker made for its precache are not part of showing the page.
  const isWorker = (r) => r.sessionTargetType === 'worker' || r.sessionTargetType === 'service_worker'
    || /service.?worker/i.test(String(r.resourceType || '')) || r.isLinkPreload === 'sw';
  const page = items.filter((r) => !isWorker(r));
  const sum = (list) => list.reduce((n, r) => n + (r.transferSize || 0), 0);
  const wasm = page.filter((r) => /\.wasm(\?|$)/.test(r.url));
  return {
    lcp: a['largest-contentful-paint']?.numericValue,
    fcp: a['first-contentful-paint']?.numericValue,
    tti: a.interactive?.numericValue,
    tbt: a['total-blocking-time']?.numericValue,
    cls: a['cumulative-layout-shift']?.numericValue,
    performance: lhr.categories.performance?.score,
    accessibility: lhr.categories.accessibility?.score,
    bestPractices: lhr.categories['best-practices']?.score,
    seo: lhr.categories.seo?.score,
    totalTransfer: a['total-byte-weight']?.numericValue,
    pageTransfer: sum(page),
    workerTransfer: sum(items) - sum(page),
    wasmTransfer: sum(wasm),
    requests: items.length,
    encodings: [...new Set(items.map((r) => r.mimeType))].length,
  };
}

/** One Lighthouse run in a fresh Chromium. */
export async function runOnce(url) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: [...FLAGS, `--user-data-dir=${dir}`],
    userDataDir: false,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    return pick(result.lhr);
  } finally {
    await chrome.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `runs` runs; the run with the median performance score's LCP is reported, plus all LCPs. */
export async function run(url, runs = 3) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(url));
  const sorted = [...all].sort((x, y) => x.lcp - y.lcp);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { ...median, runs: all.map((r) => Math.round(r.lcp)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2];
  const runs = Number(process.argv[3] || 3);
  console.log(JSON.stringify(await run(url, runs), null, 2));
}
