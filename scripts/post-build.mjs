// Trunk's post_build hook (Trunk.toml), so `make build`, `make test` and `make run`
// (`trunk serve`) all do it. It works in trunk's staging folder, before trunk moves it to
// dist/. Offline: it runs our own code and node's zlib, nothing is downloaded.
//
//  1. The start page: `spoorwijzer-prerender` (src/bin/, Yew's server-side renderer over
//     the app's own components and the core's texts) renders `#/` in Dutch with no
//     configuration; it goes inside `<div id="app" data-sw-prerendered hidden>` of
//     index.html (hidden until first-paint.js allows it, see styles/base.css).
//  2. The kennisbank's data files: `spoorwijzer-prerender --content` writes every
//     explanation page and the glossary's definitions, parsed from core/content and
//     core/src/kb, as content/<lang>/*.json, which the app fetches when a page is opened
//     (src/content.rs). It stops the build when a page has an issue.
//  3. The service worker: sw.js gets this build's file list (content/ included) and a
//     version, a hash of every file of the build, so a new build installs into a new cache.
//  4. Precompressed files (release builds): FILE.br (brotli, quality 11) and FILE.gz
//     (gzip -9) beside each text file and the wasm, for hosts that serve them.
//
//   node scripts/post-build.mjs [FOLDER]   (FOLDER defaults to $TRUNK_STAGING_DIR, else dist/)
//
// It can run again on a built folder, after a host edited index.html (the configuration
// block, a theme.css link) or added files (a logo): the start page and content/ stay as
// they are, and sw.js gets a new version and file list and the .br/.gz files are made
// again, so returning visitors get the change (EMBEDDING.md).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { walk } from './walk.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.resolve(process.argv[2] || process.env.TRUNK_STAGING_DIR || path.join(ROOT, 'dist'));
const RELEASE = (process.env.TRUNK_PROFILE || 'release') === 'release';
const fail = (msg) => { console.error(`post-build: ${msg}`); process.exit(1); };
const log = (msg) => console.log(`post-build: ${msg}`);

// Files that are served compressed when a client accepts it. PNG is compressed already.
const TEXT_EXT = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.webmanifest', '.json', '.wasm', '.ico']);
const isDerived = (name) => /\.(br|gz)$/.test(name);

// The prerenderer runs on this machine, whatever target the surrounding build has.
function nativeEnv() {
  const env = { ...process.env };
  delete env.CARGO_BUILD_TARGET;
  return env;
}

/** Run the build-time binary natively, in the dev profile (quick to build, same output). */
function prerender(args, stdio = ['ignore', 'pipe', 'inherit']) {
  const cargo = process.env.CARGO || 'cargo';
  return execFileSync(cargo, ['run', '--quiet', '--bin', 'spoorwijzer-prerender', '--', ...args], {
    cwd: ROOT, encoding: 'utf8', stdio, maxBuffer: 16 << 20, env: nativeEnv(),
  });
}


// ------------------------------------------------------------------ 1. the start page
const indexFile = path.join(DIR, 'index.html');
let index = fs.readFileSync(indexFile, 'utf8');
if (/data-sw-prerendered hidden>\s*<a\b/.test(index)) {
  log('the start page is already in index.html: kept as it is');
} else {
  index = index.replace(/(<div id=["']?app["']?)>\s*<\/div>/, (m, open) => {
    const html = prerender([]);
    if (!html.includes('id="sw-main-heading"')) fail('the prerendered start page has no #sw-main-heading');
    log(`start page prerendered (${html.length} bytes of HTML)`);
    return `${open} data-sw-prerendered hidden>${html}</div>`;
  });
  if (!index.includes('data-sw-prerendered hidden>')) fail('index.html has no empty <div id="app"> to fill');
  fs.writeFileSync(indexFile, index);
}
if (!/<script src=["']?first-paint\.js/.test(index)) fail('index.html does not load first-paint.js, which decides whether the start page may show');

// ------------------------------------------------------------------ 2. the content files
const CONTENT = path.join(DIR, 'content');
if (fs.existsSync(CONTENT)) {
  log('content/ is already in the folder: kept as it is');
} else {
  try {
    prerender(['--content', DIR], ['ignore', 'ignore', 'inherit']);
  } catch {
    fail('the kennisbank\'s data files were not written (see the issues above)');
  }
  log(`content: ${walk(CONTENT).length} data files of the kennisbank`);
}

// ------------------------------------------------------------------ 3. the service worker
for (const name of walk(DIR)) if (isDerived(name)) fs.rmSync(path.join(DIR, name));
// Every file of the app. Not embed.js: it is for host pages, which copy it to their own
// site (EMBEDDING.md); the app never loads it.
const NOT_PRECACHED = new Set(['sw.js', 'embed.js']);
const files = walk(DIR);
// The source sw.js when there is one; else (a built folder on a host) the built one.
const source = fs.existsSync(path.join(ROOT, 'sw.js')) ? path.join(ROOT, 'sw.js') : path.join(DIR, 'sw.js');
const template = fs.readFileSync(source, 'utf8')
  .replace(/const VERSION = '[^']*';/, "const VERSION = 'dev';")
  .replace(/const FILES = \[[^\]]*\];/, 'const FILES = [];');
// index.html is precached as './', the address the app is opened at.
const precache = files.filter((n) => !NOT_PRECACHED.has(n)).map((n) => (n === 'index.html' ? './' : n));
const hash = crypto.createHash('sha256');
hash.update(template).update(JSON.stringify(precache));
for (const name of files.filter((n) => n !== 'sw.js')) hash.update(`\0${name}\0`).update(fs.readFileSync(path.join(DIR, name)));
const version = hash.digest('hex').slice(0, 16);
let sw = template;
const swap = (from, to) => {
  if (!sw.includes(from)) fail(`sw.js has no line ${from}`);
  sw = sw.replace(from, to);
};
swap("const VERSION = 'dev';", `const VERSION = '${version}';`);
swap('const FILES = [];', `const FILES = ${JSON.stringify(precache)};`);
fs.writeFileSync(path.join(DIR, 'sw.js'), sw);
log(`sw.js: version ${version}, ${precache.length} files to precache`);

// ------------------------------------------------------------------ 4. precompressed files
if (!RELEASE) {
  log('debug build: no precompressed files');
} else {
  let n = 0;
  for (const name of walk(DIR)) {
    const file = path.join(DIR, name);
    if (isDerived(name) || !TEXT_EXT.has(path.extname(name))) continue;
    const buf = fs.readFileSync(file);
    const wasm = name.endsWith('.wasm');
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
        [zlib.constants.BROTLI_PARAM_MODE]: wasm ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(buf, { level: 9 }));
    n++;
  }
  log(`${n} files precompressed (.br quality 11, .gz level 9)`);
}
