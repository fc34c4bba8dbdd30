// Terms in questions show their definition accessibly: by keyboard, in place,
// announced as a disclosure, axe clean, in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, ready, axe, formatViolations, strayRequests, openTermByKeyboard } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

for (const [lang, help, term, definitionWord] of [
  ['nl', 'Wat betekent dit?', 'Bedrijfsarts', 'arts'],
  ['en', 'What does this mean?', 'company doctor', 'doctor'],
]) {
  test(`question help lists its terms and opens a definition by keyboard (${lang})`, async () => {
    const { page } = browser;
    await page.goto(`${server.url}/?lang=${lang}&rol=werknemer#/vraag/ziek_nu`);
    await ready(page);
    assert.match(page.url(), /#\/vraag\/ziek_nu/);
    // Open the help disclosure by keyboard.
    await page.focus('summary.sw-details__summary');
    await page.keyboard.press('Enter');
    const toggle = page.locator('.sw-related-terms__list .sw-term__toggle').first();
    await toggle.waitFor();
    assert.match((await toggle.textContent()).toLowerCase(), new RegExp(term.toLowerCase()));
    // The definitions are a data file, asked for when the terms were shown.
    await openTermByKeyboard(page, toggle);
    const def = page.locator('.sw-related-terms__list .sw-term__definition').first();
    assert.doesNotMatch(await def.textContent(), /laden|Loading/);
    assert.match((await def.textContent()).toLowerCase(), new RegExp(definitionWord));
    assert.match(await def.locator('a').getAttribute('href'), /^#\/begrippen\//);
    assert.deepEqual(formatViolations(await axe(page)), '');
    assert.equal(await page.locator('#sw-main h1').count(), 1, `one page heading (help text: ${help})`);
  });
}

test('no stray requests and no CSP violations', () => {
  assert.deepEqual(strayRequests(browser.requests, server.url), []);
  assert.deepEqual(browser.violations, []);
  assert.deepEqual(browser.pageErrors, []);
});
