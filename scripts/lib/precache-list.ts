// What the service worker of a build downloads on the first visit: its precache list, read from
// dist/sw.js. The one reading of it for the budget check, the bench and the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The precached files of a build, relative to `dist` (`assets/x.js`, `index.html`). */
export function precacheUrls(dist: string): string[] {
  return precacheUrlsIn(readFileSync(join(dist, 'sw.js'), 'utf8'));
}

/**
 * The URLs in a service worker's precache list. vite-plugin-pwa inlines the entries
 * `{url, revision}` in dist/sw.js, minified (`{url:"assets/x.js",revision:null}`) or as JSON
 * (`{"revision":null,"url":"assets/x.js"}`) depending on the strategy; both are read here.
 */
export function precacheUrlsIn(sw: string): string[] {
  const urls: string[] = [];
  for (const [entry] of sw.matchAll(/\{[^{}]*\brevision["']?\s*:[^{}]*\}/g)) {
    const url = /["']?\burl["']?\s*:\s*["'`]([^"'`]+)["'`]/.exec(entry)?.[1];
    if (url) urls.push(url.replace(/^\//, ''));
  }
  return [...new Set(urls)];
}
