import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../pipeline/content/load-content.ts';
import {
  baseCharacters,
  contentText,
  fontCharacters,
  htmlText,
  localeText,
  uniqueCharacters,
} from '../../../pipeline/font/font-text.ts';

const FIXTURE = 'test/fixtures/content/valid';
const content = loadContent(FIXTURE).content!;

describe('font text', () => {
  it('takes every visible text of the content: titles, bodies, facts, guide notes, glossary', () => {
    const text = contentText(content);
    const [stop] = content.stops;
    const [term] = content.glossary;
    for (const expected of [
      content.site.name['zh-CN'],
      content.tours[0].description.en,
      stop.title['zh-CN'],
      stop.facts[0]['zh-CN'],
      term.definition['zh-CN'],
      term.term.en,
    ]) {
      expect(text).toContain(expected);
    }
    for (const notes of content.stops.flatMap((s) => s.guide.talkingPoints)) {
      expect(text).toContain(notes['zh-CN']);
    }
  });

  it('takes the in-depth texts, their character references decoded as a body’s', () => {
    const withDepth = {
      ...content,
      stops: content.stops.map((stop, index) =>
        index > 0
          ? stop
          : {
              ...stop,
              depth: {
                body: { 'zh-CN': '<h2>鼕</h2><p>&amp;龘</p>', en: '<p>Deep</p>' },
                terms: [],
              },
            },
      ),
    };
    const text = contentText(withDepth);
    expect(text).toContain('鼕');
    expect(text).toContain('&龘');
    expect(text).toContain('Deep');
  });

  it('leaves out image file paths, which are never shown', () => {
    const paths = content.stops.flatMap((s) => s.images.flatMap((i) => Object.values(i.files)));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(contentText(content)).not.toContain(path);
  });

  it('decodes character references in HTML', () => {
    expect(htmlText('a &amp; b &lt;c&gt; &#x4E2D;&#25991;&nbsp;&quot;')).toBe(
      'a & b <c> 中文\u00a0"',
    );
    expect(htmlText('&unknown; stays')).toBe('&unknown; stays');
  });

  it('takes the values of locale files, not their keys', () => {
    const text = localeText(JSON.stringify({ greetingKey: '你好', nested: { farewell: '再见' } }));
    expect(text).toContain('你好');
    expect(text).toContain('再见');
    expect(text).not.toContain('greetingKey');
  });

  it('collects content, every locale namespace and index.html into one sorted set', () => {
    const characters = fontCharacters({
      content,
      localesDir: 'src/i18n/locales',
      files: ['index.html'],
    });
    const has = (text: string) => [...text].every((char) => characters.includes(char));
    expect(has('导览有新版本可用')).toBe(true); // pwa.zh-CN.json
    expect(has('请更新您的浏览器')).toBe(true); // index.html
    expect(has(content.stops[0].title['zh-CN'])).toBe(true);
    expect(has(baseCharacters())).toBe(true);
    const codes = [...characters].map((char) => char.codePointAt(0)!);
    expect(codes).toEqual([...new Set(codes)].sort((a, b) => a - b));
  });

  it('keeps visible characters once each, without line breaks or controls', () => {
    expect(uniqueCharacters('b\na\tb\u0007a 中')).toBe(' ab中');
  });

  it('takes the UI strings the content brings (locales/), for a language the app lacks too', () => {
    const three = loadContent('test/fixtures/content/three-languages').content!;
    const cut = (from: typeof three) =>
      fontCharacters({ content: from, localesDir: 'src/i18n/locales', files: [] });
    const characters = cut(three);
    const withoutTranslations = cut({ ...three, translations: {} });
    const brought = [...characters].filter((char) => !withoutTranslations.includes(char));
    // The content's common.zh-CN.json ("…附有英文和法文译名") brings characters nothing else has.
    expect(brought.length).toBeGreaterThan(0);
    const texts = uniqueCharacters(localeText(JSON.stringify(three.translations)));
    expect([...texts].every((char) => characters.includes(char))).toBe(true);
  });
});
