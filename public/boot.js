/* The first script of every page. ES5 only, and an external file so the strict Content Security
   Policy (no inline scripts) allows it.

   1. On a prerendered page (pipeline/prerender/html-page.ts) it starts the app after the first
      paint. The page is readable without any script, so its JavaScript has no business sharing a
      weak signal with the stylesheet, the one thing the first paint waits for: the entry module
      and the route's chunks (data-module, data-preload) are requested once the text is on screen,
      or at once when a service worker answers from the device (no network to share).
   2. It shows a bilingual "please update your browser" message when the app cannot start: the
      browser has no ES modules, or the app's modern code did not run. */
(function () {
  var script = document.currentScript;
  var modern =
    'noModule' in document.createElement('script') && 'fetch' in window && 'Promise' in window;

  function showUnsupported() {
    if (document.documentElement.getAttribute('data-app') === 'ready') return;
    var box = document.querySelector('.boot__unsupported');
    var loading = document.querySelector('.boot__loading');
    if (box) box.removeAttribute('hidden');
    if (loading) loading.setAttribute('hidden', '');
  }

  function addModule(tag, rel, url) {
    var element = document.createElement(tag);
    element.crossOrigin = 'anonymous';
    if (tag === 'script') {
      element.type = 'module';
      element.src = url;
    } else {
      element.rel = rel;
      element.href = url;
    }
    document.head.appendChild(element);
  }

  function startAfterFirstPaint(entry, preloads) {
    var started = false;
    var i;
    function start() {
      if (started) return;
      started = true;
      for (i = 0; i < preloads.length; i++) addModule('link', 'modulepreload', preloads[i]);
      addModule('script', '', entry);
    }
    var controller = navigator.serviceWorker && navigator.serviceWorker.controller;
    if (controller) return start();
    // Once the browser reports the first contentful paint (the text is on screen) …
    try {
      new PerformanceObserver(function (list) {
        if (list.getEntriesByName('first-contentful-paint').length > 0) start();
      }).observe({ type: 'paint', buffered: true });
    } catch (_) {
      // … or, without paint timing, after the next frame (its callback runs before the paint).
      if (window.requestAnimationFrame)
        requestAnimationFrame(function () {
          setTimeout(start, 0);
        });
    }
    // A page in a background tab paints nothing: start anyway.
    setTimeout(start, 1000);
  }

  if (!modern) {
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', showUnsupported);
    else showUnsupported();
    return;
  }
  var entry = script && script.getAttribute('data-module');
  var preloads = ((script && script.getAttribute('data-preload')) || '').split(' ');
  if (entry) {
    startAfterFirstPaint(
      entry,
      preloads.filter(function (url) {
        return url !== '';
      })
    );
  }
  setTimeout(showUnsupported, 10000);
})();
