// Spoorwijzer loader. Loaded as an external module so the Content-Security-Policy needs no
// 'unsafe-inline'. It starts the WebAssembly app and, if the app cannot start or stops
// (with panic = "abort" a panic traps and kills the module), shows the static message
// that index.html carries. Nothing is reported anywhere: the message only tells the user.
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

try {
  await init({ module_or_path: new URL('./spoorwijzer-web_bg.wasm', import.meta.url) });
  const loading = document.getElementById('sw-loading');
  if (loading) loading.hidden = true;
} catch (e) {
  showFallback();
}
