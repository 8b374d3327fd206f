// How long a browser or proxy may keep a file of the built app. docs/deploy/nginx.conf follows the
// same rule; test/dist/nginx.test.ts compares the two. Errors are never cached (no-store, set for
// every error in server/http/response-headers.ts).

/** Hashed assets: a new build has new names, so a file under assets/ never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Everything else (index.html, sw.js, registerSW.js, manifest.webmanifest, version.json, print/…)
 * is revalidated on every request, so devices learn about a new version at once.
 */
const REVALIDATE = 'no-cache';

/** The Cache-Control of a file that exists, from its path relative to dist/ (`assets/x.js`). */
export function cacheControlFor(relativePath: string): string {
  return relativePath.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}
