// Benchmark of the employer batch page (not a test: it prints and never asserts).
// Builds a 10,000-row CSV, uploads it through the file input on the release build, and
// measures from setInputFiles to the rendered totals, 5 runs, printing the median.
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

const csv = Buffer.from('\ufeff' + buildCsv(ROWS), 'utf8');
const server = await serve(process.env.SW_BENCH_DIST || undefined);
const b = await launch();
const times = [];
try {
  for (let run = 0; run < RUNS; run++) {
    await b.page.goto(`${server.url}/?lang=nl#/werkgever/batch`);
    await ready(b.page);
    const t0 = performance.now();
    await b.page.setInputFiles('#sw-batch-file', { name: 'bench.csv', mimeType: 'text/csv', buffer: csv });
    await b.page.waitForFunction((n) => document.querySelector('#sw-total-rows')?.textContent === String(n)
      && document.querySelectorAll('.sw-data-table tbody tr').length > 0, ROWS, { timeout: 120000, polling: 'raf' });
    times.push(performance.now() - t0);
  }
} finally {
  await b.close();
  await server.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`batch page: ${ROWS} rows, parse + compute + render, median of ${RUNS}: ${median.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
