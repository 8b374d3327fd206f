// The visitor's language choice, also kept where the tour server and the service worker can read
// it, so the first HTML of the next visit is already in that language: a cookie for the server
// (sent with every navigation) and a Cache Storage entry for the worker (a worker cannot read
// cookies). localStorage (saved-language.ts) stays the app's own record.
// WARNING: This module is part of the main bundle.
import type { Language } from '../content/types.ts';
import {
  LANGUAGE_COOKIE as COOKIE,
  LANGUAGE_CACHE,
  LANGUAGE_CACHE_KEY,
} from '../prerender/names.ts';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Writes the choice for the server and the worker; a browser that refuses either loses nothing. */
export function rememberForServer(lang: Language): void {
  try {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from older Safari and Firefox; one fixed, encoded value
    document.cookie = `${COOKIE}=${encodeURIComponent(lang)}; Path=/; SameSite=Lax; Max-Age=${YEAR_SECONDS}`;
  } catch {
    // cookies disabled: the server falls back to the browser's languages
  }
  if (typeof caches === 'undefined') return; // not a secure context: no Cache Storage
  caches
    .open(LANGUAGE_CACHE)
    .then((cache) =>
      cache.put(
        LANGUAGE_CACHE_KEY,
        new Response(lang, { headers: { 'content-type': 'text/plain; charset=utf-8' } }),
      ),
    )
    .catch(() => undefined);
}
