// One-off: draw the install icons from assets/favicon.svg with Debian's Chromium and save
// them as PNG in assets/ (committed; the build only copies them, it needs no converter).
//
//   node scripts/make-icons.mjs
//
// icon-192.png and icon-512.png are the favicon as it is (rounded square, transparent
// corners). icon-maskable-512.png fills the whole square with the accent colour and keeps
// the line inside the central 60 %, so any mask shape (circle, squircle) leaves it whole.
import fs from 'node:fs';
import path from 'node:path';
import { launch, ROOT } from '../tests/e2e/lib.mjs';

const svg = fs.readFileSync(path.join(ROOT, 'assets', 'favicon.svg'), 'utf8');
const path_ = svg.match(/<path[^>]*\/>/)[0];
const fill = svg.match(/<rect[^>]*fill="(#[0-9a-fA-F]{6})"/)[1];
// Full-bleed background; the 32-unit drawing scaled to 60 % around the centre.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/><g transform="translate(6.4 6.4) scale(0.6)">${path_}</g></svg>`;

const b = await launch();
try {
  for (const [name, source, size] of [
    ['icon-192.png', svg, 192],
    ['icon-512.png', svg, 512],
    ['icon-maskable-512.png', maskable, 512],
  ]) {
    await b.page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await b.page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await b.page.waitForFunction(() => document.images[0].complete);
    await b.page.screenshot({ path: path.join(ROOT, 'assets', name), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`assets/${name}: ${size}x${size}`);
  }
} finally {
  await b.close();
}
