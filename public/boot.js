/* Shows a bilingual "please update your browser" message when the app cannot start: the browser
   has no ES modules, or the app's modern code did not run. ES5 only, and an external file so the
   strict Content Security Policy (no inline scripts) allows it. */
(() => {
  var modern =
    'noModule' in document.createElement('script') && 'fetch' in window && 'Promise' in window;
  function showUnsupported() {
    if (document.documentElement.getAttribute('data-app') === 'ready') return;
    var box = document.querySelector('.boot__unsupported');
    var loading = document.querySelector('.boot__loading');
    if (box) box.removeAttribute('hidden');
    if (loading) loading.setAttribute('hidden', '');
  }
  if (!modern) {
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', showUnsupported);
    else showUnsupported();
  } else {
    setTimeout(showUnsupported, 10000);
  }
})();
