/**
 * The URLs in a service worker's precache list. vite-plugin-pwa inlines the entries
 * `{url, revision}` in dist/sw.js, minified (`{url:"assets/x.js",revision:null}`) or as JSON
 * (`{"revision":null,"url":"assets/x.js"}`) depending on the strategy; both are read here.
 */
export function precacheUrls(sw: string): string[] {
  const urls: string[] = [];
  for (const [entry] of sw.matchAll(/\{[^{}]*\brevision["']?\s*:[^{}]*\}/g)) {
    const url = /["']?\burl["']?\s*:\s*["'`]([^"'`]+)["'`]/.exec(entry)?.[1];
    if (url) urls.push(url);
  }
  return [...new Set(urls)];
}
