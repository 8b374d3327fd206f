// Which prerendered page answers a navigation (dist/prerendered.json, written by
// pipeline/prerender/): the route's page in the visitor's language, `?lang=` → the saved choice
// (the `sbc_lang` cookie the app writes) → Accept-Language → the site default. docs/deploy/nginx.conf
// makes the same choice with maps; test/dist/nginx.test.ts compares the two.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import {
  acceptedLanguages,
  cookieValue,
  LANGUAGE_COOKIE,
  notFoundFile,
  PRERENDERED_FILE,
  type PrerenderedPages,
  parsePrerenderedPages,
  prerenderedFile,
} from '../../src/prerender/prerendered-pages.ts';

/** The request headers a page's language depends on: a cache must keep one copy per value. */
export const PAGE_VARY = 'Accept-Language, Cookie';

/**
 * Reads dist/prerendered.json when it changed (a deploy that swaps dist/ is served at once);
 * a missing or damaged list means no prerendered pages: every route gets the app shell.
 */
export function prerenderedPages(
  currentRoot: () => string,
): () => Promise<PrerenderedPages | undefined> {
  let cached: { stamp: string; pages: PrerenderedPages | undefined } | undefined;
  return async () => {
    // The root can change (a studio publish or rollback): the stamp names the file too.
    const file = join(currentRoot(), PRERENDERED_FILE);
    let stamp: string;
    try {
      const info = await stat(file);
      stamp = `${file}:${info.mtimeMs}:${info.size}:${info.ino}`;
    } catch {
      return undefined;
    }
    if (cached?.stamp !== stamp) {
      let data: unknown;
      try {
        data = JSON.parse(await readFile(file, 'utf8'));
      } catch {
        data = undefined;
      }
      cached = { stamp, pages: parsePrerenderedPages(data) };
    }
    return cached.pages;
  };
}

/** The visitor's language sources in a request: `?lang=`, the sbc_lang cookie, Accept-Language. */
function languageSources(request: FastifyRequest) {
  return {
    query: new URLSearchParams(request.url.split('?')[1] ?? '').get('lang'),
    saved: cookieValue(request.headers.cookie, LANGUAGE_COOKIE),
    browser: acceptedLanguages(request.headers['accept-language']),
  };
}

/** The file (relative to dist/) that answers `path` for this request, or undefined. */
export function pageFor(
  pages: PrerenderedPages,
  path: string,
  request: FastifyRequest,
): string | undefined {
  return prerenderedFile(pages, path, languageSources(request));
}

/** The "page not found" (relative to dist/) in this request's language, or undefined. */
export function notFoundPageFor(
  pages: PrerenderedPages,
  request: FastifyRequest,
): string | undefined {
  return notFoundFile(pages, languageSources(request));
}
