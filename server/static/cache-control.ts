// How long a browser or proxy may keep a file of the built app. docs/deploy/nginx.conf follows the
// same rule; test/dist/nginx.test.ts compares the two. Errors are never cached (no-store, set for
// every error in server/http/response-headers.ts).

/** Hashed assets: a new build has new names, so a file under assets/ never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Everything else (sw.js, registerSW.js, manifest.webmanifest, version.json, …) is revalidated on
 * every request, so devices learn about a new version at once.
 */
const REVALIDATE = 'no-cache';

/**
 * Pages: revalidated too, and never kept by a shared cache. One address answers in the visitor's
 * language (server/static/page-language.ts): a proxy that ignored `Vary` could hand one visitor's
 * English page to the next, Chinese-reading, one.
 */
const PAGE = 'private, no-cache';

/** The Cache-Control of a file that exists, from its path relative to dist/ (`assets/x.js`). */
export function cacheControlFor(relativePath: string): string {
  if (relativePath.startsWith('assets/')) return IMMUTABLE;
  return relativePath.endsWith('.html') ? PAGE : REVALIDATE;
}
