import { describe, expect, it } from 'vitest';
import { precacheUrlsIn } from '../../../scripts/lib/precache-list.ts';

describe('precacheUrlsIn', () => {
  it('reads a generateSW worker (minified object literals)', () => {
    const sw =
      'define(["./workbox-1"],(function(e){"use strict";self.skipWaiting(),e.precacheAndRoute([{url:"assets/index-abc.js",revision:null},{url:"index.html",revision:"3f2a"},{url:"manifest.webmanifest",revision:"9c1"}],{}),e.registerRoute(new e.NavigationRoute(e.createHandlerBoundToURL("index.html")))}));';
    expect(precacheUrlsIn(sw)).toEqual([
      'assets/index-abc.js',
      'index.html',
      'manifest.webmanifest',
    ]);
  });

  it('reads an injectManifest worker (JSON entries, revision first)', () => {
    const sw =
      'const m=[{"revision":null,"url":"assets/a.css"},{"revision":"12ab","url":"index.html"}];precacheAndRoute(m);fetch({url:"not-an-entry"});';
    expect(precacheUrlsIn(sw)).toEqual(['assets/a.css', 'index.html']);
  });

  it('finds nothing in a worker without a precache list', () => {
    expect(precacheUrlsIn('self.addEventListener("fetch",()=>{})')).toEqual([]);
  });
});
