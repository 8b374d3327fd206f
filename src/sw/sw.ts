// The service worker, built from this file by vite-plugin-pwa (injectManifest, pipeline/pwa.ts).
// Contract (src/pwa/README.md): everything the tour needs is precached; a navigation gets the
// prerendered page of its route in the visitor's language (pipeline/prerender/), an app-shell
// route (src/routing/app-shell-routes.ts) the app shell, any other address the "page not found"; /version.json, /sw.js and the print sheets go to the network; a new version waits
// until the app sends SKIP_WAITING; the app's CHECK_PRECACHE refills what the browser evicted.
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  PrecacheController,
  type PrecacheEntry,
  PrecacheRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import {
  APP_SHELL_FILE,
  LANGUAGE_CACHE,
  LANGUAGE_CACHE_KEY,
  PRERENDERED_FILE,
} from '../prerender/names.ts';
import {
  notFoundFile,
  type PrerenderedPages,
  parsePrerenderedPages,
  prerenderedFile,
} from '../prerender/prerendered-pages.ts';
import { type PrecacheReport, parseWorkerMessage } from '../pwa/sw-messages.ts';
import { appShellMode } from '../routing/app-shell-routes.ts';
import { refillPrecache } from './refill-precache.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// A page comes with `Vary: Accept-Language, Cookie` (one address, the visitor's language), and
// the Cache API honours Vary: a navigation with other headers than the install's download would
// miss its precached copy, offline too. The precache holds one file per language, so the header
// has no meaning there: it is dropped before the file is stored.
const withoutVary = {
  async cacheWillUpdate({ response }: { response: Response }) {
    if (!response.headers.has('vary')) return response;
    const headers = new Headers(response.headers);
    headers.delete('vary');
    return new Response(await response.blob(), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  },
};

const precache = new PrecacheController({ plugins: [withoutVary] });
precache.precache(self.__WB_MANIFEST);

let pagesList: PrerenderedPages | undefined;

/** The build's list of prerendered pages, from the precache; undefined if missing or damaged. */
async function prerenderedPages(): Promise<PrerenderedPages | undefined> {
  if (pagesList) return pagesList;
  const response = await precache.matchPrecache(PRERENDERED_FILE);
  pagesList = parsePrerenderedPages(await response?.json().catch(() => undefined));
  return pagesList;
}

/** The visitor's saved language, as the app left it for the worker (src/i18n/language-for-server.ts). */
async function savedLanguage(): Promise<string | null> {
  try {
    const response = await (await caches.open(LANGUAGE_CACHE)).match(LANGUAGE_CACHE_KEY);
    return response ? (await response.text()).slice(0, 64) : null;
  } catch {
    return null;
  }
}

const appShell = precache.createHandlerBoundToURL(APP_SHELL_FILE);

/** A precached "page not found", answered as the tour server answers it: status 404. */
async function notFoundPage(file: string): Promise<Response | undefined> {
  const page = await precache.matchPrecache(file);
  if (!page) return undefined;
  return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
}

// Any route, including a stop's QR link never visited before, is answered from the precache as
// the tour server answers it: its prerendered page in the visitor's language (`?lang=` → saved
// choice → browser → site default); an app-shell route (kiosk, guide, live) the app shell; any
// other address the "page not found" in that language, status 404 (the app then draws its own,
// naming the stop that was asked for). Without a list of pages: the app shell, as a static host.
registerRoute(
  new NavigationRoute(
    async (options) => {
      const { pathname, searchParams } = options.url;
      const pages = appShellMode(pathname) ? undefined : await prerenderedPages();
      if (!pages) return appShell(options);
      const sources = {
        query: searchParams.get('lang'),
        saved: await savedLanguage(),
        browser: self.navigator.languages ?? [],
      };
      const file = prerenderedFile(pages, pathname, sources);
      const page = file && (await precache.matchPrecache(file));
      if (page) return page;
      const missing = file === undefined && notFoundFile(pages, sources);
      return (missing && (await notFoundPage(missing))) || appShell(options);
    },
    // The staff studio (/studio) is the server's, never the visitor app's shell.
    { denylist: [/^\/version\.json$/, /^\/sw\.js$/, /^\/print\//, /^\/studio(?:\/|$)/] },
  ),
);
// After the navigation route: `/` and `/stops/x/` are precached URLs too, and a navigation to them
// must get the visitor's language, not whichever file the URL names.
registerRoute(new PrecacheRoute(precache));
cleanupOutdatedCaches();
// The first visit is controlled at once, so a visitor who scanned one QR code can walk into a
// basement and still open the next stop. Updates still wait for SKIP_WAITING.
clientsClaim();

let refilling: Promise<PrecacheReport> | undefined;

self.addEventListener('message', (event) => {
  const message = parseWorkerMessage(event.data);
  if (message?.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  } else if (message?.type === 'CHECK_PRECACHE') {
    // Not while a newer version waits: its takeover waits for this worker's pending work, and
    // once in charge it refills its own precache at the app's next check.
    if (self.registration.waiting) return;
    refilling ??= refillPrecache(precache).finally(() => {
      refilling = undefined;
    });
    event.waitUntil(refilling.then((report) => event.ports[0]?.postMessage(report)));
  }
});
