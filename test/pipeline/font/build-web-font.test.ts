import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWebFont, FONT_FAMILY } from '../../../pipeline/vite-plugin-font.ts';
import { fontCodePoints } from '../../support/font-code-points.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'sbc-font-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('buildWebFont', () => {
  const characters = ' ABCabc123血液中心参观导览。，';

  it('cuts both weights to exactly the given characters, as woff2', async () => {
    const built = await buildWebFont(characters, cacheDir);
    expect(built.fonts.map((f) => f.weight)).toEqual([400, 700]);
    for (const font of built.fonts) {
      const data = readFileSync(font.file);
      expect(data.subarray(0, 4).toString('ascii')).toBe('wOF2');
      const codes = await fontCodePoints(data);
      expect([...codes].sort((a, b) => a - b)).toEqual(
        [...characters].map((char) => char.codePointAt(0)).sort((a, b) => a! - b!),
      );
      expect(font.bytes).toBeLessThan(font.sourceBytes / 100);
    }
    const css = readFileSync(built.cssFile, 'utf8');
    expect(css).toContain(`font-family: "${FONT_FAMILY}"`);
    // Where it is needed (no CJK system font), CJK text waits for it rather than showing boxes.
    expect(css).toContain('font-display: block');
    expect(css.match(/@font-face/g)).toHaveLength(2);
    // A device with the same design installed uses its own copy; Latin text never asks for it.
    expect(css).toMatch(/src: local\("Noto Sans CJK SC"\)[^;]*url\("\.\/sbc-sans-400\.woff2"\)/);
    expect(css.match(/unicode-range: U\+3000-303F, U\+4E00-9FFF, U\+FF00-FFEF;/g)).toHaveLength(2);
  }, 60_000);

  it('reuses the cut fonts when the characters are the same', async () => {
    const first = await buildWebFont(characters, cacheDir);
    const modified = statSync(first.fonts[0].file).mtimeMs;
    const again = await buildWebFont(characters, cacheDir);
    expect(again.fonts[0].file).toBe(first.fonts[0].file);
    expect(statSync(again.fonts[0].file).mtimeMs).toBe(modified);
    const other = await buildWebFont(`${characters}站`, cacheDir);
    expect(other.fonts[0].file).not.toBe(first.fonts[0].file);
  }, 60_000);
});
