// `tsx scripts/check-budgets.ts [dist]` (run by `npm run build`): prints the sizes that matter for
// a visitor's phone and fails when a budget is exceeded.
//   initial JS for "/": the module script(s) dist/index.html loads, plus everything they import
//                       statically (what <link rel="modulepreload"> lists), gzip -9
//   precache:           every file the service worker downloads on the first visit (dist/sw.js)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { precacheUrls as parsePrecacheList } from './precache-list.ts';

export const BUDGETS = {
  /** Initial JS for "/", gzip: 35 KB (1 KB = 1,000 bytes, as Vite prints sizes). */
  initialJsGzip: 35_000,
  /** Everything precached: 5 MB. */
  precacheTotal: 5_000_000,
};

export interface SizeFigures {
  initialJs: { files: string[]; raw: number; gzip: number };
  initialCss: { files: string[]; raw: number; gzip: number };
  precache: {
    count: number;
    total: number;
    groups: Record<PrecacheGroup, { count: number; bytes: number }>;
  };
}

type PrecacheGroup = 'js' | 'css' | 'html' | 'fonts' | 'images' | 'icons' | 'other';

const gzip = (data: Buffer) => gzipSync(data, { level: 9 }).length;

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

function initialStyles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return (html.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [])
    .map((tag) => /\shref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => Boolean(href))
    .map(relativeUrl);
}

/** The URLs in the service worker's precache manifest. */
export function precacheUrls(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return parsePrecacheList(sw).map(relativeUrl);
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

export function measure(dist: string): SizeFigures {
  const sizes = (files: string[]) => {
    let raw = 0;
    let gzipped = 0;
    for (const file of files) {
      const data = readFileSync(join(dist, file));
      raw += data.length;
      gzipped += gzip(data);
    }
    return { files, raw, gzip: gzipped };
  };
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
    initialJs: sizes(initialScripts(dist)),
    initialCss: sizes(initialStyles(dist)),
    precache: { count: urls.length, total, groups },
  };
}

/** Budget failures as sentences; empty when every budget holds. */
export function overBudget(figures: SizeFigures, budgets = BUDGETS): string[] {
  const failures: string[] = [];
  if (figures.initialJs.gzip > budgets.initialJsGzip) {
    failures.push(
      `initial JS for "/" is ${kb(figures.initialJs.gzip)} gzip, over the budget of ${kb(budgets.initialJsGzip)}`,
    );
  }
  if (figures.precache.total > budgets.precacheTotal) {
    failures.push(
      `the precache is ${mb(figures.precache.total)}, over the budget of ${mb(budgets.precacheTotal)}`,
    );
  }
  return failures;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

export function report(figures: SizeFigures, budgets = BUDGETS): string {
  const { initialJs, initialCss, precache } = figures;
  const group = (name: PrecacheGroup) =>
    `${precache.groups[name].count} files, ${kb(precache.groups[name].bytes)}`;
  return [
    'Budgets (1 KB = 1,000 bytes; gzip -9)',
    `  initial JS for "/"  ${kb(initialJs.raw)} raw, ${kb(initialJs.gzip)} gzip  (budget ${kb(budgets.initialJsGzip)} gzip)`,
    `                      = the module script(s) in dist/index.html + their static imports: ${initialJs.files.join(', ')}`,
    `  initial CSS         ${kb(initialCss.raw)} raw, ${kb(initialCss.gzip)} gzip`,
    `  precache total      ${precache.count} files, ${mb(precache.total)}  (budget ${mb(budgets.precacheTotal)})`,
    `    fonts             ${group('fonts')}`,
    `    images            ${group('images')}`,
    `    icons             ${group('icons')}`,
    `    JS                ${group('js')}`,
    `    CSS               ${group('css')}`,
    `    HTML              ${group('html')}`,
    `    other             ${group('other')}`,
  ].join('\n');
}

// `tsx scripts/check-budgets.ts [dist]`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(join(dist, 'sw.js'))) {
    console.error(`${dist}/sw.js is missing: run "vite build" first.`);
    process.exit(1);
  }
  const figures = measure(dist);
  console.log(report(figures));
  const failures = overBudget(figures);
  if (failures.length > 0) {
    for (const failure of failures) console.error(`Over budget: ${failure}.`);
    process.exit(1);
  }
}
