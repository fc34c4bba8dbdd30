// Spoorwijzer loader. Loaded as an external module so the Content-Security-Policy needs no
// 'unsafe-inline'. It starts the WebAssembly app and, if the app cannot start or stops
// (with panic = "abort" a panic traps and kills the module), shows the static message
// that index.html carries. Nothing is reported anywhere: the message only tells the user.
//
// Once the page has loaded and the browser is idle, it registers the service worker
// (sw.js), so the app also starts without a network; it never slows the first screen.
// When a new build is waiting, it tells the app (components/update_notice.rs), and the
// person chooses when to reload.
import init from './spoorwijzer-web.js';

function showFallback() {
  const fallback = document.getElementById('sw-fallback');
  const loading = document.getElementById('sw-loading');
  const app = document.getElementById('app');
  if (loading) loading.hidden = true;
  if (app) app.hidden = true;
  if (fallback) {
    fallback.hidden = false;
    document.title = 'Er ging iets mis - Spoorwijzer';
  }
}

// A trap inside an event handler surfaces here (WebAssembly.RuntimeError).
window.addEventListener('error', (event) => {
  const err = event.error;
  if (err instanceof WebAssembly.RuntimeError || (err && /unreachable|wasm/i.test(String(err.message)))) {
    showFallback();
  }
});
window.addEventListener('unhandledrejection', (event) => {
  const err = event.reason;
  if (err instanceof WebAssembly.RuntimeError || err instanceof WebAssembly.CompileError || err instanceof WebAssembly.LinkError) {
    showFallback();
  }
});

// ---- offline: the service worker -------------------------------------------------------

let waitingWorker = null;

/** A new build is installed and waits: tell the app (now, or when it mounts). */
function announce(worker) {
  waitingWorker = worker;
  document.documentElement.setAttribute('data-sw-update', '');
  window.dispatchEvent(new Event('spoorwijzer:update'));
}

/** The person chose "Nu herladen": let the new build take over, then reload once. */
window.addEventListener('spoorwijzer:reload', () => {
  if (!waitingWorker || !('serviceWorker' in navigator)) {
    window.location.reload();
    return;
  }
  let reloaded = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloaded) {
      reloaded = true;
      window.location.reload();
    }
  });
  waitingWorker.postMessage('spoorwijzer:activate');
});

function watch(registration) {
  // Only an update is news: on the first visit nothing controlled the page yet.
  const offer = (worker) => {
    if (worker && navigator.serviceWorker.controller) announce(worker);
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
  // Look for a new build when the person comes back to the tab (a same-origin request
  // for sw.js; the browser also checks on every navigation).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
}

function registerWorker() {
  navigator.serviceWorker.register('sw.js', { scope: './' })
    .then(watch)
    .catch(() => {
      // Blocked storage (some private modes, cross-site frames) or an old browser: the
      // app works as before, only not offline.
    });
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  const whenIdle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(registerWorker, { timeout: 5000 });
    else setTimeout(registerWorker, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

// ---- the app -----------------------------------------------------------------------------

// The app's code is fetched and compiled at once. When the static
// start page shows, the app starts only after that page has been presented: the person
// sees it at once, and the app then replaces it in one step (src/lib.rs) with the same
// content, in the same place.
const wasmUrl = new URL('./spoorwijzer-web_bg.wasm', import.meta.url);
const compiled = WebAssembly.compileStreaming(fetch(wasmUrl))
  // A host that does not send `application/wasm`: compile from the bytes instead.
  .catch(() => fetch(wasmUrl).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)));

function staticPagePresented() {
  return new Promise((resolve) => {
    let observer = null;
    const done = () => {
      clearTimeout(timer);
      if (observer) observer.disconnect();
      resolve();
    };
    // A hidden tab presents nothing: do not wait long for it.
    const timer = setTimeout(done, 500);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().length) setTimeout(done, 0);
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    } catch (e) {
      // No Largest Contentful Paint timing in this browser: wait for one frame.
      requestAnimationFrame(() => setTimeout(done, 0));
    }
  });
}

try {
  if (document.documentElement.classList.contains('sw-prerendered')) await staticPagePresented();
  await init({ module_or_path: await compiled });
  const loading = document.getElementById('sw-loading');
  if (loading) loading.hidden = true;
} catch (e) {
  showFallback();
}
