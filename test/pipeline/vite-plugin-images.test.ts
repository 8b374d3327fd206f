import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { responsiveModule, responsiveVariants } from '../../pipeline/vite-plugin-images.ts';
import { precacheUrls } from '../../scripts/lib/precache-list.ts';
import { viteBuild } from '../support/vite-build.ts';

const work = mkdtempSync(join(tmpdir(), 'sbc-images-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A photo-like test image (noise compresses like a photo, not like a flat colour). */
async function photo(file: string, width: number, height: number): Promise<string> {
  await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#c04040',
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    .jpeg()
    .toFile(file);
  return file;
}

describe('responsive images', () => {
  it('makes WebP sizes of a photo, never wider than the original, and reuses them', async () => {
    const cache = join(work, 'cache');
    const large = await photo(join(work, 'large.jpg'), 2000, 1000);
    const variants = await responsiveVariants(large, cache);
    expect(variants.map(({ width, height }) => [width, height])).toEqual([
      [640, 320],
      [1280, 640],
    ]);
    for (const variant of variants) {
      expect((await sharp(variant.file).metadata()).format).toBe('webp');
    }
    const again = await responsiveVariants(large, cache);
    expect(again.map((v) => v.file)).toEqual(variants.map((v) => v.file));

    const small = await photo(join(work, 'small.jpg'), 500, 400);
    expect((await responsiveVariants(small, cache)).map((v) => v.width)).toEqual([500]);
    const middle = await photo(join(work, 'middle.jpg'), 1000, 500);
    expect((await responsiveVariants(middle, cache)).map((v) => v.width)).toEqual([640, 1000]);
  });

  it('writes a module whose srcset lists every size', () => {
    const code = responsiveModule([
      { file: '/c/a-640.webp', width: 640, height: 320 },
      { file: '/c/a-1280.webp', width: 1280, height: 640 },
    ]);
    expect(code).toContain('import size0 from "/c/a-640.webp?url";');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the generated code holds a template
    expect(code).toContain('srcset: `${size0} 640w, ${size1} 1280w`');
    expect(code).toContain('src: size1, ');
    expect(code).toContain('width: 1280, height: 640');
  });

  it('puts only the sizes of a content photo in the build and its precache, never the original', async () => {
    const content = join(work, 'content');
    cpSync('test/fixtures/content/valid', content, { recursive: true });
    const stopDir = join(content, 'stops', 'first-stop');
    await photo(join(stopDir, 'photo.jpg'), 1600, 1200);
    const yaml = join(stopDir, 'stop.yaml');
    // Same words as the fixture's diagram, so the font cut is reused.
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8')
        .replace('guide:', 'images2:\nguide:')
        .replace(
          'images2:\n',
          '  - file: photo.jpg\n    alt: { zh-CN: 示意图。, en: A diagram. }\n    credit: { zh-CN: 测试, en: Test }\n',
        ),
    );
    const out = join(work, 'dist');
    await viteBuild(content, out);

    const assets = readdirSync(join(out, 'assets'));
    const webp = assets.filter((name) => name.endsWith('.webp'));
    expect(webp).toHaveLength(2);
    expect(assets.filter((name) => /\.(jpe?g|png)$/.test(name))).toEqual([]);
    const precached = precacheUrls(out);
    for (const name of webp) expect(precached).toContain(`assets/${name}`);

    const stopChunk = assets.find((name) => /^first-stop-.*\.js$/.test(name))!;
    const code = readFileSync(join(out, 'assets', stopChunk), 'utf8');
    const sizes = await Promise.all(
      webp.map(async (name) => (await sharp(join(out, 'assets', name)).metadata()).width),
    );
    expect(sizes.sort()).toEqual([1280, 640]);
    for (const name of webp) expect(code).toContain(basename(name));
    expect(code).toMatch(/640w, .*1280w/);
  }, 120_000);
});
