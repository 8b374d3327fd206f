import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BUDGETS,
  initialScripts,
  measure,
  overBudget,
  precacheUrls,
  report,
} from '../../scripts/check-budgets.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A small fake build: an entry that imports a shared chunk, a lazy chunk, a font, a manifest. */
function fakeDist(entryBytes = 1000): string {
  const dist = mkdtempSync(join(tmpdir(), 'sbc-budget-'));
  made.push(dist);
  mkdirSync(join(dist, 'assets'));
  const files: Record<string, string | Buffer> = {
    'index.html':
      '<script type="module" crossorigin src="/assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-b.js">' +
      '<link rel="stylesheet" crossorigin href="/assets/index-c.css">',
    // Random text compresses little: twice the budget of it is surely over the budget.
    'assets/index-a.js': `import{a}from"./shared-d.js";const x="${randomText(entryBytes)}";import("./lazy-e.js");`,
    'assets/vendor-b.js': 'export const v=1;',
    'assets/shared-d.js': 'export const a=1;',
    'assets/lazy-e.js': 'export default 1;',
    'assets/index-c.css': 'body{margin:0}',
    'assets/font-f.woff2': Buffer.alloc(3000),
    'pwa-192x192.png': Buffer.alloc(500),
  };
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dist, name), data);
  const urls = Object.keys(files).filter((name) => name !== 'assets/vendor-b.js');
  writeFileSync(
    join(dist, 'sw.js'),
    `define(["./workbox-1"],function(s){s.precacheAndRoute([${urls.map((u) => `{url:"${u}",revision:null}`).join(',')}],{})});`,
  );
  return dist;
}

function randomText(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(33 + Math.floor(Math.random() * 90));
  return text.replace(/["\\]/g, 'x');
}

describe('budget check', () => {
  it('counts the entry script, its modulepreloads and static imports, not lazy chunks', () => {
    const dist = fakeDist();
    expect(initialScripts(dist).sort()).toEqual([
      'assets/index-a.js',
      'assets/shared-d.js',
      'assets/vendor-b.js',
    ]);
  });

  it('reads the precache list from the service worker and groups its sizes', () => {
    const dist = fakeDist();
    expect(precacheUrls(dist)).toContain('assets/font-f.woff2');
    const figures = measure(dist);
    expect(figures.precache.count).toBe(7);
    expect(figures.precache.groups.fonts).toEqual({ count: 1, bytes: 3000 });
    expect(figures.precache.groups.icons).toEqual({ count: 1, bytes: 500 });
    expect(report(figures)).toContain('initial JS for "/"');
  });

  it('passes within the budgets and fails with the figures when one is exceeded', () => {
    const small = measure(fakeDist(1000));
    expect(overBudget(small)).toEqual([]);
    const large = measure(fakeDist(BUDGETS.initialJsGzip * 2));
    expect(overBudget(large)).toEqual([
      expect.stringMatching(
        /^initial JS for "\/" is [\d.]+ KB gzip, over the budget of 35\.00 KB$/,
      ),
    ]);
    expect(overBudget(small, { ...BUDGETS, precacheTotal: 100 })).toEqual([
      expect.stringMatching(/^the precache is [\d.]+ MB, over the budget of 0\.00 MB$/),
    ]);
  });
});
