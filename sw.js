// Spoorwijzer's service worker: the app keeps working without a network.
//
// It precaches the build's own files (the list and the version below are written by the
// build, scripts/post-build.mjs) and answers the app's requests from that cache. It caches
// nothing else: no answers, nothing the user typed, no other origin. It sends nothing
// anywhere: its only requests are for the files below, from the origin it came from.
//
// Updates: the browser fetches this file again now and then. A new build has another
// VERSION, so it installs into a new cache and waits. The page (boot.js) tells the person
// "Er is een nieuwe versie"; only when they choose to reload does the new version take
// over, and then the old cache is deleted.
const VERSION = 'dev';
const FILES = [];
const scope = new URL(self.registration.scope);
// One cache per folder and build: two copies in different folders of one site (one per
// department, say) never delete each other's files.
const PREFIX = `spoorwijzer:${scope.pathname}:`;
const CACHE = `${PREFIX}${VERSION}`;
const INDEX = new URL('./', scope).href;
const PRECACHED = new Set(FILES.map((f) => new URL(f, scope).href));

self.addEventListener('install', (event) => {
  // `no-cache`: revalidate with the server, so the cache holds this build's files.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(
    FILES.map((f) => new Request(new URL(f, scope), { cache: 'no-cache' })),
  )));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys
      .filter((k) => k.startsWith(PREFIX) && k !== CACHE)
      .map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// The page asks for this when the person chooses to reload into the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'spoorwijzer:activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  // The page itself, with or without the app's query (`?lang=en`, `?org=...`): index.html.
  let key = `${url.origin}${url.pathname}`;
  if (request.mode === 'navigate' && (key === INDEX || key === `${INDEX}index.html`)) key = INDEX;
  if (!PRECACHED.has(key)) return; // not one of ours: the browser handles it as usual
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(key))
    .then((hit) => hit || fetch(request)));
});
