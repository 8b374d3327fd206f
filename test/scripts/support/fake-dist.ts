// A small fake build for the tests of the size figures and the budget check.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A small fake build: an entry that imports a shared chunk, a lazy chunk, a font, a manifest. */
export function fakeDist(entryBytes = 1000): string {
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
