// Benchmark of the employer batch page (not a test: it prints and never asserts).
// Builds a 10,000-row CSV, uploads it through the file input on the release build, and
// measures from setInputFiles to the rendered totals, 5 runs, printing the median. Then
// the same for a file of 10,000 sick employees (id, first sick day, steps done): from
// setInputFiles to the first page of the overview of every employee's deadlines.
// Run after `trunk build --release --offline`: node tests/e2e/bench-batch.mjs [ROWS]
import { serve, launch, ready } from './lib.mjs';

// (scripts/bench.mjs imports this file with its own arguments: only a number counts.)
const ROWS = Number(/^\d+$/.test(process.argv[2] || '') ? process.argv[2] : 10000);
const RUNS = 5;

function buildCsv(n) {
  const lines = ['id;begindatum;einddatum;maandloon;vakantiegeld;reden;eerste_ziektedag;gedaan'];
  const reasons = ['employer_initiative', 'fixed_term_not_renewed', 'mutual_consent', ''];
  for (let i = 1; i <= n; i++) {
    const year = 1990 + (i % 34);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const wage = `${2000 + ((i * 37) % 6000)},${String(i % 100).padStart(2, '0')}`;
    const sick = i % 4 === 0 ? `${String(1 + (i % 28)).padStart(2, '0')}-${String(1 + (i % 10)).padStart(2, '0')}-2026` : '';
    const done = i % 8 === 0 ? 'ziekmelding_bedrijfsarts|probleemanalyse' : '';
    lines.push(`${i};01-${month}-${year};31-12-2026;${wage};8;${reasons[i % reasons.length]};${sick};${done}`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** 10,000 sick employees: only an id, a first sick day in the last two years, steps done. */
function buildSickCsv(n) {
  const lines = ['personeelsnummer;eerste_ziektedag;gedaan'];
  const today = new Date();
  for (let i = 1; i <= n; i++) {
    const d = new Date(today);
    d.setDate(d.getDate() - 1 - (i % 720));
    const p = (x) => String(x).padStart(2, '0');
    const done = i % 3 === 0 ? 'ziekmelding_bedrijfsarts|probleemanalyse' : '';
    lines.push(`z${i};${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()};${done}`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** Median of RUNS uploads of `buffer`, from choosing the file until `done(rows)` holds. */
async function measure(b, url, buffer, done) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    await b.page.goto(url);
    await ready(b.page);
    const t0 = performance.now();
    await b.page.setInputFiles('#sw-batch-file', { name: 'bench.csv', mimeType: 'text/csv', buffer });
    await b.page.waitForFunction(done, ROWS, { timeout: 120000, polling: 'raf' });
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  return { median: times[Math.floor(times.length / 2)], times };
}

const csv = Buffer.from('\ufeff' + buildCsv(ROWS), 'utf8');
const sickCsv = Buffer.from('\ufeff' + buildSickCsv(ROWS), 'utf8');
const server = await serve(process.env.SW_BENCH_DIST || undefined);
const b = await launch();
const fmt = (r) => `${r.median.toFixed(0)} ms (runs: ${r.times.map((t) => t.toFixed(0)).join(', ')} ms)`;
try {
  const url = `${server.url}/?lang=nl#/werkgever/batch`;
  const batch = await measure(b, url, csv, (n) => document.querySelector('#sw-total-rows')?.textContent === String(n)
    && document.querySelectorAll('#sw-batch-table tbody tr').length > 0);
  console.log(`batch page: ${ROWS} rows, parse + compute + render, median of ${RUNS}: ${fmt(batch)}`);
  const overview = await measure(b, url, sickCsv, (n) => document.querySelector('#sw-total-rows')?.textContent === String(n)
    && document.querySelectorAll('#sw-overview-table tbody tr').length > 0);
  console.log(`batch page: overview of ${ROWS} sick employees' deadlines, parse + compute + render, median of ${RUNS}: ${fmt(overview)}`);
} finally {
  await b.close();
  await server.close();
}
