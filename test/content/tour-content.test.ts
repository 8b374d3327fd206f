// The real tour content (content/) meets the brief for a delegation visit: counts, coverage, lengths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../pipeline/content/load-content.ts';

const result = loadContent('content');
const content = result.content!;
const minutes = (tourId: string) =>
  content.tours.find((t) => t.id === tourId)!.stops.reduce((sum, entry) => sum + entry.minutes, 0);

/** A stop's Markdown file: the overview body or the in-depth layer. */
const markdownPath = (stopId: string, part: 'body' | 'depth', lang: string) =>
  join('content/stops', stopId, `${part}.${lang}.md`);

/** Body or depth text as a reader sees it: Markdown markup and glossary ids removed. */
function readable(stopId: string, lang: string, part: 'body' | 'depth' = 'body'): string {
  return readFileSync(markdownPath(stopId, part, lang), 'utf8')
    .replace(/\[\[[^\]|]+\|([^\]]+)\]\]/g, '$1')
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/[#*_>`-]/g, ' ');
}

const englishWords = (text: string) =>
  text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
const chineseCharacters = (text: string) => (text.match(/[\u3400-\u9fff]/g) ?? []).length;

/**
 * Latin words a Chinese in-depth text may contain: those the visitor pages allow
 * (test/chromium/content.test.ts), plus blood group notation (Mi(a), GP.Mur, Diego, Di(a)) and
 * reagent names with a number (CPDA-1), which specialists write in Latin in Chinese too.
 */
const LATIN_IN_CHINESE_DEPTH =
  /^([A-Z0-9]+|RhD|mL|Gy|kg|g|L|U|c|G|A|DEL|WeChat|Mi|Di|Mur|Diego|a)$/;

describe('tour content', () => {
  it('is valid', () => {
    expect(result.problems).toEqual([]);
  });

  it('has at least 8 stops and 30 glossary terms', () => {
    expect(content.stops.length).toBeGreaterThanOrEqual(8);
    expect(content.glossary.length).toBeGreaterThanOrEqual(30);
  });

  it('walks every stop in the full delegation tour, in about 60 minutes', () => {
    const tour = content.tours.find((t) => t.id === 'delegation')!;
    expect(tour.stops.map((e) => e.stop).sort()).toEqual(content.stops.map((s) => s.id).sort());
    expect(minutes('delegation')).toBeGreaterThanOrEqual(50);
    expect(minutes('delegation')).toBeLessThanOrEqual(70);
  });

  it('has a short tour of 3–4 stops in about 20 minutes', () => {
    const tour = content.tours.find((t) => t.id === 'highlights')!;
    expect(tour.stops.length).toBeGreaterThanOrEqual(3);
    expect(tour.stops.length).toBeLessThanOrEqual(4);
    expect(minutes('highlights')).toBeGreaterThanOrEqual(15);
    expect(minutes('highlights')).toBeLessThanOrEqual(25);
  });

  describe.each(content.stops.map((s) => s.id))('stop %s', (id) => {
    const stop = content.stops.find((s) => s.id === id)!;

    it('has an English body of 150–300 words and a Chinese body of 250–500 characters', () => {
      const words = englishWords(readable(id, 'en'));
      const characters = chineseCharacters(readable(id, 'zh-CN'));
      expect(words).toBeGreaterThanOrEqual(150);
      expect(words).toBeLessThanOrEqual(300);
      expect(characters).toBeGreaterThanOrEqual(250);
      expect(characters).toBeLessThanOrEqual(500);
    });

    it('has an in-depth layer in every language, as the loader reads it, with its terms', () => {
      for (const { code } of content.site.languages) {
        expect(stop.depth?.body[code], `depth.${code}.md`).toMatch(/^<h2>/);
      }
      expect(stop.depth?.terms.length).toBeGreaterThan(0);
    });

    it('has an in-depth layer of 200–400 English words and 350–700 Chinese characters', () => {
      const words = englishWords(readable(id, 'en', 'depth'));
      const characters = chineseCharacters(readable(id, 'zh-CN', 'depth'));
      expect(words).toBeGreaterThanOrEqual(200);
      expect(words).toBeLessThanOrEqual(400);
      expect(characters).toBeGreaterThanOrEqual(350);
      expect(characters).toBeLessThanOrEqual(700);
    });

    it('links only glossary terms that exist from its in-depth layer, with no HTML or images', () => {
      const glossaryIds = new Set(content.glossary.map((term) => term.id));
      for (const lang of ['zh-CN', 'en']) {
        const source = readFileSync(markdownPath(id, 'depth', lang), 'utf8');
        const terms = [...source.matchAll(/\[\[([^\]|\n]+?)(?:\|[^\]\n]+?)?\]\]/g)].map((m) =>
          m[1].trim(),
        );
        expect(terms.length, `depth.${lang}.md links no glossary term`).toBeGreaterThan(0);
        for (const term of terms)
          expect(glossaryIds, `[[${term}]] in depth.${lang}.md`).toContain(term);
        expect(source, `raw HTML in depth.${lang}.md`).not.toMatch(/<[A-Za-z!/]/);
        expect(source, `image in depth.${lang}.md`).not.toMatch(/!\[/);
        expect(source, `depth.${lang}.md needs a ## subheading`).toMatch(/^## /m);
      }
    });

    it('writes its in-depth layer in one language per file', () => {
      // As shown to the visitor: a glossary link shows its own words or the term's name.
      const shown = (lang: 'zh-CN' | 'en') =>
        readFileSync(markdownPath(id, 'depth', lang), 'utf8')
          .replace(/\[\[[^\]|]+\|([^\]]+)\]\]/g, '$1')
          .replace(
            /\[\[([^\]]+)\]\]/g,
            (_, term: string) =>
              content.glossary.find((t) => t.id === term.trim())?.term[lang] ?? '',
          );
      expect(shown('en')).not.toMatch(/[\u3400-\u9fff]/);
      const latin = (shown('zh-CN').match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter(
        (word) =>
          !word
            .split('-')
            .filter(Boolean)
            .every((part) => LATIN_IN_CHINESE_DEPTH.test(part)),
      );
      expect(latin, 'English words in depth.zh-CN.md').toEqual([]);
    });

    it('has a visual: at least one image, each with alt text in both languages', () => {
      expect(stop.images.length).toBeGreaterThanOrEqual(1);
      for (const image of stop.images) {
        expect(image.alt['zh-CN']).toMatch(/[\u3400-\u9fff]/);
        expect(image.alt.en).not.toMatch(/[\u3400-\u9fff]/);
      }
    });

    it('uses glossary terms, lists its sources and gives the guide questions to expect', () => {
      expect(stop.terms.length).toBeGreaterThan(0);
      expect(stop.sources.length).toBeGreaterThan(0);
      expect(stop.guide.talkingPoints.length).toBeGreaterThan(0);
      expect(stop.guide.questions.length).toBeGreaterThan(0);
    });

    it('has titles short enough for a kiosk button', () => {
      expect([...stop.title['zh-CN']].length).toBeLessThanOrEqual(10);
      expect(stop.title.en.length).toBeLessThanOrEqual(30);
    });
  });

  // The web font (Noto Sans SC) has only the superscripts ¹²³⁴: 10¹⁰ or 10⁶ would be drawn in a
  // system font (see test/chromium/offline.test.ts), so such numbers are written out ("20 billion").
  it('uses no superscript digit the web font lacks, in any content file', () => {
    const files = [
      'content/glossary.yaml',
      ...content.stops.flatMap((s) =>
        ['stop.yaml', 'body.zh-CN.md', 'body.en.md', 'depth.zh-CN.md', 'depth.en.md'].map((f) =>
          join('content/stops', s.id, f),
        ),
      ),
    ];
    const offending = files.filter((file) =>
      /[\u2070\u2075-\u207f]/.test(readFileSync(file, 'utf8')),
    );
    expect(offending).toEqual([]);
  });

  it('has a diagram on every stop', () => {
    const withoutDiagrams = content.stops
      .filter((s) => !s.images.some((i) => i.diagram))
      .map((s) => s.id);
    expect(withoutDiagrams).toEqual([]);
  });

  // Diagrams ship as they are (no sanitising), so each must be plain static SVG.
  const svgFiles = [
    ...new Set(
      content.stops.flatMap((s) =>
        s.images.flatMap((i) => Object.values(i.files)).filter((f) => f.endsWith('.svg')),
      ),
    ),
  ];
  it.each(svgFiles)('diagram %s is plain static SVG', (file) => {
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
    expect(svg).not.toMatch(/<script|<foreignObject|@import|<image|<use|<a[\s>]/i);
    expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/href\s*=/i);
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(
      /https?:|url\((?!#)/i,
    );
  });
});
