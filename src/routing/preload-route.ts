// What a visitor route needs before it can show its text, started as soon as the route is known:
// by the router on every navigation (before the page's chunk has even arrived), and by the entry
// before it hydrates a prerendered page (src/main.tsx), so hydration renders exactly the HTML.
import { findTour, loadGlossary } from '../content/index.ts';
import { loadStopLinks } from '../modes/visitor/HomePage.tsx';
import {
  GlossaryPage,
  NotFoundPage,
  StopPage,
  TourHandoutPage,
  TourPage,
} from '../modes/visitor/pages.ts';
import { appShellMode } from './app-shell-routes.ts';

const loadStop = (id: string) =>
  import('../content/stops.ts').then(({ loadStop: load }) => load(id) ?? null);

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Starts loading what the visitor route `path` shows; resolves once it has all arrived. */
export function preloadRoute(path: string): Promise<unknown> {
  const route = path.replace(/\/+$/, '') || '/';
  if (route === '/') return loadStopLinks();
  if (route === '/glossary') return Promise.all([GlossaryPage.preload(), loadGlossary()]);
  const stop = /^\/stops\/([^/]+)$/.exec(route);
  if (stop) {
    const id = decoded(stop[1]);
    return Promise.all([StopPage.preload(), id === null ? null : loadStop(id)]);
  }
  const handout = /^\/tours\/([^/]+)\/print$/.exec(route);
  if (handout) {
    // The handout shows every stop of the tour and the terms they use: all of them, at once.
    const tour = findTour(decoded(handout[1]) ?? undefined);
    return Promise.all([
      TourHandoutPage.preload(),
      ...(tour ? [loadGlossary(), ...tour.stops.map((entry) => loadStop(entry.stop))] : []),
    ]);
  }
  if (/^\/tours\/[^/]+$/.test(route)) return TourPage.preload();
  if (appShellMode(route)) return Promise.resolve();
  return NotFoundPage.preload();
}
