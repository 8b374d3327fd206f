import { hydrate, render } from 'preact';
import { App } from './app.tsx';
import { initLanguage, language } from './i18n/index.ts';
import { online } from './pwa/network-status.ts';
import { startServiceWorker } from './pwa/start.ts';
import { preloadRoute } from './routing/preload-route.ts';
import { safePath } from './routing/safe-path.ts';
import { stopLayer } from './state/stop-layer.ts';
import { visitedStops } from './state/tour-progress.ts';
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
  // public/boot.js shows a "browser too old" message unless the app says it started.
  document.documentElement.dataset.app = 'ready';
}

if (root) {
  if (prerenderedHere(root)) {
    // The page is on screen already: wait for the route's chunk and data, then hydrate, so the
    // first render is exactly the HTML and Preact only attaches to it (no blank, no redraw).
    const hydrateNow = () => {
      // Hydration attaches to the DOM without correcting attributes, so it must render what the
      // build rendered: no visited stops, online, a stop's overview. This device's own state follows
      // at once, as an ordinary update that does correct them (a progress bar's value, a visited
      // stop's class, the remembered "In depth" tab).
      const own = { visited: visitedStops.value, online: online.value, layer: stopLayer.value };
      visitedStops.value = {};
      online.value = true;
      stopLayer.value = 'overview';
      hydrate(<App />, root);
      visitedStops.value = own.visited;
      online.value = own.online;
      stopLayer.value = own.layer;
      started();
    };
    preloadRoute(location.pathname).then(hydrateNow, hydrateNow);
  } else {
    // The app shell, or a page prerendered for another route or language (the not-found page for
    // any unknown address; a static host answering every address with one file): drawn afresh,
    // once the route's chunk is here, so the page on screen is replaced in one go, with no blank
    // frames while a lazy page loads.
    const renderNow = () => {
      root.textContent = '';
      render(<App />, root);
      started();
    };
    preloadRoute(location.pathname).then(renderNow, renderNow);
  }
}
startServiceWorker();
