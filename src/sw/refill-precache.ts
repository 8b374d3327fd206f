// Puts back precached files the browser dropped while the worker stayed registered (a clean-up,
// a storage-pressure eviction): Workbox fills its precache only when a version installs, so
// without this the tour would stop working offline until the next deploy.
import { copyResponse } from 'workbox-core';
import type { PrecacheController } from 'workbox-precaching';
import type { PrecacheReport } from '../pwa/sw-messages.ts';

/** A slow network must not hold the worker (and a waiting update's takeover) for long. */
const FETCH_TIMEOUT_MS = 30_000;

/**
 * Checks every entry of the precache manifest and fetches the missing ones again. Each is
 * fetched with its Subresource Integrity hash (pipeline/precache-integrity.ts), so a file the
 * server now has in another version (a newer deploy) is refused and never mixed into this one.
 */
export async function refillPrecache(precache: PrecacheController): Promise<PrecacheReport> {
  const cache = await caches.open(precache.strategy.cacheName);
  const entries = [...precache.getURLsToCacheKeys()];
  let missing = 0;
  let refilled = 0;
  // One file at a time: after an eviction the whole tour may be missing; a burst would compete
  // with the visitor's own requests.
  for (const [url, cacheKey] of entries) {
    if (await cache.match(cacheKey)) continue;
    missing++;
    try {
      const response = await fetch(url, {
        integrity: precache.getIntegrityForCacheKey(cacheKey),
        cache: 'no-cache',
        credentials: 'same-origin',
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      if (!response.ok) continue;
      // A redirected response cannot answer a navigation: store a plain copy (as Workbox does).
      await cache.put(cacheKey, response.redirected ? await copyResponse(response) : response);
      refilled++;
    } catch {
      // Offline, timed out, or another version on the server: the next check tries again.
    }
  }
  return { type: 'PRECACHE_REPORT', expected: entries.length, missing, refilled };
}
