// What a build weighs, defined once for the budget check (scripts/check-budgets.ts) and the bench
// (scripts/bench.ts), so both print the same figures for the same build:
//   initial JS for "/": the module script(s) dist/index.html loads, plus everything they import
//                       statically (what <link rel="modulepreload"> lists), gzip -9
//   initial CSS:        the stylesheets dist/index.html links
//   precache:           every file the service worker downloads on the first visit (dist/sw.js)
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { precacheUrls } from './precache-list.ts';

export type PrecacheGroup = 'js' | 'css' | 'html' | 'fonts' | 'images' | 'icons' | 'other';

export interface FileSizes {
  files: string[];
  raw: number;
  /** gzip -9, file by file (as a server sends them). */
  gzip: number;
}

export interface SizeFigures {
  initialJs: FileSizes;
  initialCss: FileSizes;
  precache: {
    count: number;
    total: number;
    groups: Record<PrecacheGroup, { count: number; bytes: number }>;
  };
}

/** 1 KB = 1,000 bytes, as Vite prints sizes. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;
export const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/** `/assets/x.js` → `assets/x.js` */
const relativeUrl = (url: string) => url.replace(/^\//, '');

/** The scripts "/" loads before it can render: entry scripts and their static imports. */
export function initialScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries: string[] = [];
  for (const tag of html.match(/<script\b[^>]*type="module"[^>]*>/g) ?? []) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src) entries.push(relativeUrl(src));
  }
  for (const tag of html.match(/<link\b[^>]*rel="modulepreload"[^>]*>/g) ?? []) {
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (href) entries.push(relativeUrl(href));
  }
  // A prerendered page names them for public/boot.js, which loads them after the first paint.
  for (const tag of html.match(/<script\b[^>]*\sdata-module="[^"]*"[^>]*>/g) ?? []) {
    entries.push(relativeUrl(/\sdata-module="([^"]+)"/.exec(tag)![1]));
    const preload = /\sdata-preload="([^"]*)"/.exec(tag)?.[1] ?? '';
    for (const url of preload.split(' ').filter(Boolean)) entries.push(relativeUrl(url));
  }
  return withStaticImports(dist, entries);
}

/** `files` (paths in dist/) and every chunk they import statically, however deep. */
export function withStaticImports(dist: string, files: string[]): string[] {
  const found = new Set<string>();
  const queue: string[] = [];
  const add = (file: string) => {
    if (!found.has(file)) {
      found.add(file);
      queue.push(file);
    }
  };
  for (const file of files) add(file);
  // Follow static imports too, in case a chunk is imported without a modulepreload link.
  while (queue.length > 0) {
    const file = queue.shift()!;
    const code = readFileSync(join(dist, file), 'utf8');
    const directory = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const match of code.matchAll(
      /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\/[^"']+)["']/g,
    )) {
      add(directory + match[1].slice(2));
    }
  }
  return [...found];
}

/** The stylesheets "/" links. */
export function initialStyles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return (html.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [])
    .map((tag) => /\shref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => Boolean(href))
    .map(relativeUrl);
}

/** Raw and gzip -9 sizes of files of a build (paths relative to `dist`). */
export function fileSizes(dist: string, files: string[]): FileSizes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const data = readFileSync(join(dist, file));
    raw += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

function groupOf(url: string): PrecacheGroup {
  if (/\.woff2?$/.test(url)) return 'fonts';
  if (/^(pwa-|maskable-icon-|apple-touch-icon|favicon)/.test(url)) return 'icons';
  if (/\.(svg|png|webp|jpe?g|avif|gif|ico)$/.test(url)) return 'images';
  if (url.endsWith('.js')) return 'js';
  if (url.endsWith('.css')) return 'css';
  if (url.endsWith('.html')) return 'html';
  return 'other';
}

/** The figures of a build with a service worker. */
export function measure(dist: string): SizeFigures {
  const groups = Object.fromEntries(
    (['js', 'css', 'html', 'fonts', 'images', 'icons', 'other'] as const).map((g) => [
      g,
      { count: 0, bytes: 0 },
    ]),
  ) as SizeFigures['precache']['groups'];
  let total = 0;
  const urls = precacheUrls(dist);
  for (const url of urls) {
    const bytes = statSync(join(dist, url)).size;
    total += bytes;
    groups[groupOf(url)].count++;
    groups[groupOf(url)].bytes += bytes;
  }
  return {
    initialJs: fileSizes(dist, initialScripts(dist)),
    initialCss: fileSizes(dist, initialStyles(dist)),
    precache: { count: urls.length, total, groups },
  };
}
