// A page whose address carries options the build did not render (the handout's `?depth=1`,
// `?languages=both`) must still hydrate the HTML the build made: Preact's hydrate attaches to the
// DOM without correcting it. Such a page renders the build's form first, then its options as an
// ordinary update, which does correct the DOM.

let consumed = false;

/**
 * Whether this render is the app hydrating the prerendered HTML of `lang` (the test of
 * src/main.tsx: #app was prerendered for this very address and language). True at most once per
 * page load: a later visit to the same route is drawn by the client alone.
 */
export function hydratingPrerendered(lang: string): boolean {
  if (consumed || typeof document === 'undefined') return false;
  consumed = true;
  const app = document.getElementById('app');
  const route = location.pathname.replace(/\/+$/, '') || '/';
  return app?.dataset.route === route && app.dataset.lang === lang;
}
