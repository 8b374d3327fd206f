// Adds a Subresource Integrity hash to every precache manifest entry (a Workbox manifest
// transform). With it the service worker can refill an evicted precache safely: a file fetched
// again must have exactly the bytes this version was built with (src/sw/refill-precache.ts), and
// Workbox itself repairs a missing entry it had to fetch from the network.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestEntry {
  url: string;
  revision: string | null;
  integrity?: string;
  size: number;
}

/** `sha384-…` of a file, as a browser checks a fetch's `integrity`. */
export function integrityOf(data: Uint8Array): string {
  return `sha384-${createHash('sha384').update(data).digest('base64')}`;
}

/** The transform for the build writing into `outDir` (the manifest's URLs are relative to it). */
export function precacheIntegrity(outDir: string) {
  return async (entries: ManifestEntry[]) => ({
    manifest: entries.map((entry) => ({
      ...entry,
      integrity: integrityOf(readFileSync(join(outDir, decodeURIComponent(entry.url)))),
    })),
    warnings: [],
  });
}
