/*
 * Spoorwijzer embed helper for host pages (no dependencies, no network access).
 *
 * Add to the host page, next to an iframe marked with `data-spoorwijzer`:
 *
 *   <iframe data-spoorwijzer src="https://spoorwijzer.example.nl/?parent=https%3A%2F%2Fwww.example.nl"
 *           title="Spoorwijzer: werk en ziekte" allow="clipboard-write"></iframe>
 *   <script src="/js/spoorwijzer-embed.js" defer></script>
 *
 * The app inside the frame posts {type: "spoorwijzer:resize", height} whenever its height
 * changes. That message carries a height and nothing else: never an answer. This script
 * accepts it only from the frame's own window and origin (the origin of its `src`), clamps
 * the height to 300..10000 px (or the frame's `data-spoorwijzer-min`/`-max`), and sets it.
 */
(function () {
  'use strict';
  var MIN = 300;
  var MAX = 10000;

  function bound(frame, name, fallback) {
    var v = parseInt(frame.getAttribute(name), 10);
    return isFinite(v) && v > 0 ? v : fallback;
  }

  function frameOrigin(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'spoorwijzer:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frames = document.querySelectorAll('iframe[data-spoorwijzer]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (event.origin !== frameOrigin(frame)) return;
      var min = bound(frame, 'data-spoorwijzer-min', MIN);
      var max = Math.max(min, bound(frame, 'data-spoorwijzer-max', MAX));
      var h = Math.round(Math.min(max, Math.max(min, height)));
      frame.style.height = h + 'px';
      return;
    }
  });
}());
