import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGES } from '../../../pipeline/content/languages.ts';
import { renderBody } from '../../../pipeline/content/markdown.ts';
import { contentSchemas } from '../../../pipeline/content/schema.ts';
import { keepUnitsTogether } from '../../../pipeline/content/typography.ts';
import { EN } from '../../support/languages.ts';

/** Shows the invisible characters: ␣ a no-break space, ⁀ a word joiner. */
const shown = (text: string) => text.replace(/\u00a0/g, '␣').replace(/\u2060/g, '⁀');
const kept = (text: string) => shown(keepUnitsTogether(text));

describe('keepUnitsTogether', () => {
  it('joins a number to its unit with a no-break space', () => {
    expect(kept('from 200 mL of whole blood')).toBe('from 200␣mL of whole blood');
    expect(kept('由200 mL全血制备')).toBe('由200␣mL全血制备');
    expect(kept('at about −196 °C, or −196 ℃')).toBe('at about −196␣°C, or −196␣℃');
    expect(kept('at least 25 Gy, 4.5 g/L, 24 h, 5 d, 30 %, 2.5 kg')).toBe(
      'at least 25␣Gy, 4.5␣g/L, 24␣h, 5␣d, 30␣%, 2.5␣kg',
    );
  });

  it('keeps a range with its unit on one line, Chinese and English', () => {
    expect(kept('红细胞2～6 ℃冷藏')).toBe('红细胞2⁀～⁀6␣℃冷藏');
    expect(kept('at 20–24 °C with agitation')).toBe('at 20⁀–⁀24␣°C with agitation');
  });

  it('leaves alone what is not a number and its unit', () => {
    for (const text of [
      'WS 399-2023 replaced WS 399-2012',
      'Stop 3 of 8',
      'in 2015 donors',
      '1 day, 2 hours, 3 grams',
      'HLA 4/6相合',
      '2012–2023',
    ]) {
      expect(kept(text)).toBe(text);
    }
  });

  it('changes nothing that is already kept together', () => {
    const once = keepUnitsTogether('2～6 ℃ and 200 mL');
    expect(keepUnitsTogether(once)).toBe(once);
  });

  it('is applied to the Markdown bodies and to every YAML text by the content pipeline', () => {
    const body = renderBody('- **Red cells**: 2–6 °C, from 200 mL', EN, new Map()).html;
    expect(shown(body)).toContain('2⁀–⁀6␣°C, from 200␣mL');
    const { localized } = contentSchemas(DEFAULT_LANGUAGES);
    const text = v.parse(localized, { 'zh-CN': '红细胞2～6 ℃保存', en: 'at 2–6 °C' });
    expect(shown(text['zh-CN'])).toBe('红细胞2⁀～⁀6␣℃保存');
    expect(shown(text.en)).toBe('at 2⁀–⁀6␣°C');
  });
});
