// The service worker, built from this file by vite-plugin-pwa (injectManifest, pipeline/pwa.ts).
// Contract (src/pwa/README.md): everything the tour needs is precached; any navigation gets the
// app shell; /version.json, /sw.js and the print sheets go to the network; a new version waits
// until the app sends SKIP_WAITING; the app's CHECK_PRECACHE refills what the browser evicted.
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  PrecacheController,
  type PrecacheEntry,
  PrecacheRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { type PrecacheReport, parseWorkerMessage } from '../pwa/sw-messages.ts';
import { refillPrecache } from './refill-precache.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const precache = new PrecacheController();
precache.precache(self.__WB_MANIFEST);
registerRoute(new PrecacheRoute(precache));
// Any route, including a stop's QR link never visited before, is answered by the app shell.
registerRoute(
  new NavigationRoute(precache.createHandlerBoundToURL('index.html'), {
    // The staff studio (/studio) is the server's, never the visitor app's shell.
    denylist: [/^\/version\.json$/, /^\/sw\.js$/, /^\/print\//, /^\/studio(?:\/|$)/],
  }),
);
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
