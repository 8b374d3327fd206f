// What a visitor route needs before it can show its text, started as soon as the route is known:
// by the router on every navigation (before the page's chunk has even arrived), and by the entry
// before it hydrates a prerendered page (src/main.tsx), so hydration renders exactly the HTML.
import { loadGlossary } from '../content/index.ts';
import { loadStopLinks } from '../modes/visitor/HomePage.tsx';
import {
  GlossaryPage,
  NotFoundPage,
  StopPage,
  TourHandoutPage,
  TourPage,
} from '../modes/visitor/pages.ts';

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
  if (/^\/tours\/[^/]+\/print$/.test(route)) return TourHandoutPage.preload();
  if (/^\/tours\/[^/]+$/.test(route)) return TourPage.preload();
  if (/^\/(kiosk|guide|live)(\/|$)/.test(route)) return Promise.resolve();
  return NotFoundPage.preload();
}
