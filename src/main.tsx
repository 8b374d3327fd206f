import { hydrate, render } from 'preact';
import { App } from './app.tsx';
import { initLanguage, language } from './i18n/index.ts';
import { startServiceWorker } from './pwa/start.ts';
import { preloadRoute } from './routing/preload-route.ts';
import { safePath } from './routing/safe-path.ts';
import './styles/base.css';
import 'virtual:web-font.css';

initLanguage();
// A damaged address must reach the router as text, never as an escape it cannot decode.
const path = safePath(location.pathname);
if (path !== location.pathname)
  history.replaceState(history.state, '', path + location.search + location.hash);
const root = document.getElementById('app');

/** Whether the HTML in #app is this very route prerendered in this language (pipeline/prerender/). */
function prerenderedHere(element: HTMLElement): boolean {
  const route = (location.pathname.replace(/\/+$/, '') || '/') === element.dataset.route;
  return route && element.dataset.lang === language.value;
}

function started(): void {
  // public/boot-check.js shows a "browser too old" message unless the app says it started.
  document.documentElement.dataset.app = 'ready';
}

if (root) {
  if (prerenderedHere(root)) {
    // The page is on screen already: wait for the route's chunk and data, then hydrate, so the
    // first render is exactly the HTML and Preact only attaches to it (no blank, no redraw).
    const hydrateNow = () => {
      hydrate(<App />, root);
      started();
    };
    preloadRoute(location.pathname).then(hydrateNow, hydrateNow);
  } else {
    // The app shell, or a page prerendered for another route or language (a static host answers
    // every address with one file): drawn afresh.
    root.textContent = '';
    render(<App />, root);
    started();
  }
}
startServiceWorker();
