// `vite build` with broken content ends with the same list of problems as `npm run content:check`,
// and fails: never a stack trace, never a half-built dist/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { viteBuildOutput } from '../../support/vite-build.ts';
import { addImage, brokenCopy } from './content-copy.ts';
import { EVERY_MISTAKE, makeEveryMistake } from './every-mistake.ts';

const STACK_TRACE = /^\s+at |Error: |node_modules\//m;

describe('vite build with broken content', () => {
  it('prints every problem with its file and line, and fails', async () => {
    const dir = brokenCopy(makeEveryMistake);
    const { code, output } = await viteBuildOutput(dir, join(dir, 'dist'));
    expect(code).toBe(1);
    expect(output).toMatch(/^The tour content has 5 problems:$/m);
    for (const line of EVERY_MISTAKE)
      expect(output).toMatch(new RegExp(`^\\S*${line.source}`, 'm'));
    expect(output).not.toMatch(STACK_TRACE);
    expect(existsSync(join(dir, 'dist/sw.js'))).toBe(false);
  }, 60_000);

  it('names a photo too big for the offline copy even once resized, instead of failing in the service worker', async () => {
    const dir = brokenCopy(() => {});
    // A tall, noisy photo: 1280 px wide it is still several MB of WebP, over the precache's 2 MiB.
    await sharp({
      create: {
        width: 1280,
        height: 5000,
        channels: 3,
        background: '#c04040',
        noise: { type: 'gaussian', mean: 128, sigma: 80 },
      },
    })
      .jpeg({ quality: 95 })
      .toFile(join(dir, 'stops/first-stop/photo.jpg'));
    addImage(dir, 'photo.jpg');
    const { code, output } = await viteBuildOutput(dir, join(dir, 'dist'));
    expect(code).toBe(1);
    expect(output).toMatch(
      /^\S*stops\/first-stop\/photo\.jpg: this photo is still \d\.\d MB at 1280 × 5000 px, more than the 1\.0 MB a phone keeps offline for one photo: crop it/m,
    );
    expect(output).not.toMatch(STACK_TRACE);
    expect(output).not.toMatch(/maximumFileSizeToCacheInBytes/);
  }, 120_000);
});
