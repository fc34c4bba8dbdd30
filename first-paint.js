// Spoorwijzer, before the first paint. A small classic script, loaded synchronously in
// <head> right after the configuration block, so it runs before anything is painted.
//
// index.html carries the start page (`#/`, Dutch, no embed configuration) as static HTML,
// rendered at build time by the app's own components (docs/performance.md). It may show
// only when that is exactly what is asked. For another route, another language or an
// embedder's configuration, it stays hidden and "wordt geladen" shows until the app runs,
// so nobody sees the wrong page, language or branding, not even for one frame.
//
// Until the app runs, it keeps the static page's controls honest: a link changes the hash
// (the app opens that route when it starts), a role choice is kept for the app, the skip
// link moves focus, and the language switch asks the app for English.
// It reads only this page; it stores nothing and sends nothing.
(function () {
  'use strict';
  var root = document.documentElement;

  function startRoute() {
    var h = location.hash;
    return h === '' || h === '#' || h === '#/';
  }

  // The query names nothing but `lang=nl` (every other parameter configures the app).
  function plainQuery() {
    var q = location.search.replace(/^\?/, '');
    return q.split('&').every(function (pair) { return pair === '' || pair === 'lang=nl'; });
  }

  // The inline configuration block holds nothing but comments (keys starting with `_`).
  function noConfig() {
    var block = document.getElementById('spoorwijzer-config');
    var text = block ? block.textContent.trim() : '';
    if (!text) return true;
    var config = JSON.parse(text);
    if (!config || typeof config !== 'object' || Array.isArray(config)) return false;
    return Object.keys(config).every(function (k) { return k.charAt(0) === '_'; });
  }

  // As the app decides (core: EmbedConfig::initial_lang, Lang::parse): `lang`, then the
  // browser's language, then Dutch; only English changes it.
  function dutch() {
    if (/(^|&)lang=nl(&|$)/.test(location.search.replace(/^\?/, ''))) return true;
    var tag = String(navigator.language || '').trim().toLowerCase();
    return tag.split(/[-_]/)[0] !== 'en';
  }

  // In a frame the app styles itself for embedding: wait for it.
  function topLevel() {
    try { return window.self === window.top; } catch (e) { return false; }
  }

  var show = false;
  try {
    show = startRoute() && plainQuery() && noConfig() && dutch() && topLevel();
  } catch (e) {
    show = false;
  }
  if (!show) return;
  root.classList.add('sw-prerendered');

  function waiting() {
    var app = document.getElementById('app');
    return root.classList.contains('sw-prerendered') && !!app && app.hasAttribute('data-sw-prerendered');
  }
  // Hide the static page; "wordt geladen" shows until the app runs.
  function leave() { root.classList.remove('sw-prerendered'); }

  document.addEventListener('click', function (e) {
    if (!waiting() || !(e.target instanceof Element)) return;
    var plain = e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;
    var link = e.target.closest('#app a[href]');
    if (link) {
      if (link.getAttribute('href') === '#sw-main') {
        e.preventDefault();
        var main = document.getElementById('sw-main');
        if (main) main.focus();
        return;
      }
      var choice = link.closest('[data-sw-role]');
      if (choice && plain) root.setAttribute('data-sw-pending-role', choice.getAttribute('data-sw-role'));
      return; // the link itself changes the hash
    }
    var lang = e.target.closest('#app .sw-header__nav button[lang]');
    if (lang) {
      // What the app's switch does (replace `lang` in the query, no reload), then wait.
      history.replaceState(history.state, '', '?lang=' + lang.getAttribute('lang') + location.hash);
      leave();
    }
  }, true);

  window.addEventListener('hashchange', function () {
    if (waiting() && !startRoute()) leave();
  });
})();
