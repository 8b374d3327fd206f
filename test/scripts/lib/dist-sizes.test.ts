import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialScripts, measure } from '../../../scripts/lib/dist-sizes.ts';
import { precacheUrls } from '../../../scripts/lib/precache-list.ts';
import { fakeDist } from '../support/fake-dist.ts';

describe('the size figures of a build', () => {
  it('counts the entry script, its modulepreloads and static imports, not lazy chunks', () => {
    const dist = fakeDist();
    expect(initialScripts(dist).sort()).toEqual([
      'assets/index-a.js',
      'assets/shared-d.js',
      'assets/vendor-b.js',
    ]);
  });

  it('counts what a prerendered page names for public/boot.js to load after the first paint', () => {
    const dist = fakeDist();
    writeFileSync(
      join(dist, 'index.html'),
      '<script src="/boot.js" defer data-module="/assets/index-a.js" data-preload="/assets/vendor-b.js"></script>',
    );
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
  });
});
