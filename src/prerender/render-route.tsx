// The build-time renderer (pipeline/prerender/ bundles this file for Node): the real app, rendered
// to HTML for one route in one language, after everything the route shows has been loaded, just
// as the browser loads it before hydrating (src/main.tsx), so both renders are the same.
import i18next from 'i18next';
import { locationStub } from 'preact-iso/prerender';
import { renderToStringAsync } from 'preact-render-to-string';
import { App } from '../app.tsx';
import { prerenderedTitle } from '../components/use-document-title.ts';
import { site, tours } from '../content/index.ts';
import { stops } from '../content/stops.ts';
import type { Language } from '../content/types.ts';
import { language } from '../i18n/index.ts';
import { preloadRoute } from '../routing/preload-route.ts';

export interface RenderedRoute {
  /** The HTML of #app's children. */
  html: string;
  /** The document title the page sets. */
  title: string;
}

/** The content's routes a visitor can open by address (each is prerendered in every language). */
export function visitorRoutes(): string[] {
  return [
    '/',
    '/glossary',
    ...tours.map((tour) => `/tours/${tour.id}`),
    // The handout in its default form (one language, no in-depth texts): `?languages=` and
    // `?depth=1` are applied by the app once it has hydrated.
    ...tours.map((tour) => `/tours/${tour.id}/print`),
    ...stops.map((stop) => `/stops/${stop.id}`),
  ];
}

/** The stops a tour shows (its handout lists them all), in order; none for an unknown tour. */
export function tourStopIds(tourId: string): string[] {
  return tours.find((tour) => tour.id === tourId)?.stops.map((entry) => entry.stop) ?? [];
}

export const languages: readonly Language[] = site.languages.map((info) => info.code);
export const defaultLanguage: Language = site.defaultLanguage;

export async function renderRoute(path: string, lang: Language): Promise<RenderedRoute> {
  locationStub(path);
  language.value = lang;
  await i18next.changeLanguage(lang);
  await preloadRoute(path);
  prerenderedTitle.value = '';
  const html = await renderToStringAsync(<App />);
  return { html, title: prerenderedTitle.value || site.name[lang] };
}
