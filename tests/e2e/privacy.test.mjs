// Privacy, proven: two independent tripwires (a request recorder at the browser-context
// level and a Content-Security-Policy violation listener) across the app, and a negative
// control for each tripwire on its own, so that each one is shown to be able to fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, ready, strayRequests, withBrowser } from './lib.mjs';

let server;
let other; // a second origin (another port) that must never be contacted
let otherHits = 0;
before(async () => {
  server = await serve();
  other = await serve(undefined, {});
  // Count hits on the other origin through its own request log.
  const http = await import('node:http');
  other.close();
  other = await new Promise((resolve) => {
    const s = http.createServer((req, res) => { otherHits++; res.writeHead(200, { 'content-type': 'image/svg+xml' }); res.end('<svg xmlns="http://www.w3.org/2000/svg"/>'); });
    s.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${s.address().port}`, close: () => new Promise((r) => s.close(r)) }));
  });
});
after(async () => { await server.close(); await other.close(); });

const PAGES = ['#/', '#/privacy', '#/transitievergoeding', '#/tijdlijn', '#/inkomen', '#/vergelijk', '#/uitleg', '#/begrippen', '#/bewaren', '#/werkgever/batch', '#/vraag/rol', '#/controle', '#/advies', '#/nergens'];

test('every page: only same-origin requests for the app\'s own files, and zero CSP violations', async () => {
  await withBrowser({}, async (b) => {
    for (const lang of ['nl', 'en']) {
      for (const p of PAGES) {
        await b.page.goto(`${server.url}/?lang=${lang}${p}`);
        await ready(b.page);
      }
    }
    // Walk the start page by its own links too.
    await b.page.goto(`${server.url}/?lang=nl#/`);
    await ready(b.page);
    await b.page.click('text=Ik ben werkgever');
    await ready(b.page);
    assert.ok(b.requests.length > 0, 'the recorder saw the page load');
    assert.deepEqual(strayRequests(b.requests, server.url), []);
    assert.deepEqual(b.violations, []);
    assert.equal(otherHits, 0);
  });
});

test('negative control, request recorder: a cross-origin load with the CSP bypassed is caught', async () => {
  await withBrowser({ bypassCSP: true }, async (b) => {
    await b.page.goto(`${server.url}/#/`);
    await ready(b.page);
    const before = otherHits;
    await b.page.evaluate((src) => new Promise((resolve) => {
      const img = document.createElement('img');
      img.onload = img.onerror = () => resolve();
      img.src = src;
      document.body.appendChild(img);
    }), `${other.url}/tracker.svg`);
    assert.ok(otherHits > before, 'with the CSP bypassed, the load really left the origin');
    const stray = strayRequests(b.requests, server.url);
    assert.equal(stray.length, 1, 'the recorder caught exactly the one stray request');
    assert.match(stray[0].url, /tracker\.svg$/);
  });
});

test('negative control, violation listener: the CSP blocks a cross-origin load and the listener counts it', async () => {
  await withBrowser({}, async (b) => {
    await b.page.goto(`${server.url}/#/`);
    await ready(b.page);
    const before = otherHits;
    await b.page.evaluate((src) => {
      const img = document.createElement('img');
      img.src = src;
      document.body.appendChild(img);
    }, `${other.url}/tracker.svg`);
    await b.page.waitForFunction(() => true);
    for (let i = 0; i < 50 && b.violations.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(b.violations.length, 1, 'one violation was reported');
    assert.match(b.violations[0].blockedURI, /127\.0\.0\.1/);
    assert.equal(otherHits, before, 'the CSP stopped the load');
  });
});
