// The optional "in depth" layer of a stop (depth.<language>.md): read, checked and rendered like
// the body, in every language or none.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../pipeline/content/load-content.ts';
import { brokenCopy, problemsOf, THREE_LANGUAGES, VALID } from './content-copy.ts';

const STOP = 'stops/first-stop';
const DEPTH = {
  'zh-CN': '## 深入\n\n[[plasma]]约占血液的55%。\n',
  en: '## In depth\n\n[[plasma]] is about 55% of blood, and [[whole-blood|whole blood]] is not.\n',
  fr: '## En détail\n\nLe [[plasma]] fait environ 55 % du sang.\n',
};

/** Writes the first stop's in-depth text in the languages given. */
function writeDepth(dir: string, texts: Partial<Record<keyof typeof DEPTH, string>>): void {
  for (const [language, text] of Object.entries(texts)) {
    writeFileSync(join(dir, STOP, `depth.${language}.md`), text);
  }
}

describe('the in-depth layer', () => {
  it('is optional: a stop without depth files has no depth', () => {
    const content = loadContent(VALID).content!;
    expect(content.stops.every((stop) => stop.depth === undefined)).toBe(true);
  });

  it('is rendered like the body, with its own glossary terms, when given in both languages', () => {
    const dir = brokenCopy((d) => writeDepth(d, { 'zh-CN': DEPTH['zh-CN'], en: DEPTH.en }));
    const result = loadContent(dir);
    expect(result.problems).toEqual([]);
    const stop = result.content!.stops.find((s) => s.id === 'first-stop')!;
    expect(stop.depth?.body.en).toContain('<h2>In depth</h2>');
    expect(stop.depth?.body.en).toContain(
      '<button type="button" class="term" data-term="plasma">plasma</button>',
    );
    // A number keeps its unit on the line (markdown-typography.ts), as in the body.
    expect(stop.depth?.body['zh-CN']).toContain('data-term="plasma">血浆</button>');
    expect(stop.depth?.terms).toEqual(['plasma', 'whole-blood']);
    // The body's terms stay the body's: the overview never lists a term only the depth uses.
    expect(stop.terms).toEqual(['whole-blood', 'plasma']);
    expect(result.content!.stops.find((s) => s.id === 'second-stop')!.depth).toBeUndefined();
  });

  it('given in one language only is a problem naming the missing file and the one given', () => {
    const dir = brokenCopy((d) => writeDepth(d, { en: DEPTH.en }));
    expect(problemsOf(dir)).toBe(
      'stops/first-stop/depth.zh-CN.md: the file is missing: the in-depth text is given in English but not in Chinese; write depth.zh-CN.md, or remove depth.en.md (a stop has its in-depth text in every language or in none)',
    );
  });

  it('with three languages, names each missing language', () => {
    const dir = brokenCopy((d) => writeDepth(d, { fr: DEPTH.fr }), THREE_LANGUAGES);
    const problems = problemsOf(dir).split('\n');
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^stops\/first-stop\/depth\.en\.md: the file is missing: the in-depth text is given in French but not in English; write depth\.en\.md, or remove depth\.fr\.md/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^stops\/first-stop\/depth\.zh-CN\.md: .* but not in Chinese;/),
    );
  });

  it('loads in all three languages when all are given', () => {
    const dir = brokenCopy((d) => writeDepth(d, DEPTH), THREE_LANGUAGES);
    const result = loadContent(dir);
    expect(result.problems).toEqual([]);
    const depth = result.content!.stops.find((s) => s.id === 'first-stop')!.depth!;
    expect(Object.keys(depth.body).sort()).toEqual(['en', 'fr', 'zh-CN']);
  });

  it('follows the body rules: raw HTML, images, unknown terms and empty files are refused', () => {
    const dir = brokenCopy((d) =>
      writeDepth(d, {
        'zh-CN': '   \n',
        en: '## In depth\n\n<div>raw</div>\n\n![x](x.png)\n\nSee [[no-such-term]].\n',
      }),
    );
    const problems = problemsOf(dir);
    expect(problems).toMatch(/^stops\/first-stop\/depth\.en\.md:3: .*HTML/m);
    expect(problems).toMatch(/^stops\/first-stop\/depth\.en\.md:5: .*image/m);
    expect(problems).toMatch(
      /^stops\/first-stop\/depth\.en\.md:7: glossary term "\[\[no-such-term\]\]" is not in glossary\.yaml/m,
    );
    expect(problems).toMatch(
      /^stops\/first-stop\/depth\.zh-CN\.md: the Chinese in-depth text is empty: write it, or remove every depth\.\*\.md of this stop$/m,
    );
  });

  it('sanitises what Markdown lets through (a javascript: link)', () => {
    const dir = brokenCopy((d) =>
      writeDepth(d, { 'zh-CN': DEPTH['zh-CN'], en: '## A\n\n[x](javascript:alert(1))\n' }),
    );
    expect(problemsOf(dir)).toMatch(/^stops\/first-stop\/depth\.en\.md:3: .*link/m);
  });

  it('is within the size limit of a body', () => {
    const dir = brokenCopy((d) =>
      writeDepth(d, { 'zh-CN': DEPTH['zh-CN'], en: `## A\n\n${'word '.repeat(13_000)}\n` }),
    );
    expect(problemsOf(dir)).toMatch(
      /^stops\/first-stop\/depth\.en\.md: the file is 65 KB, more than the 64 KB/m,
    );
  });

  it('a folder in place of a depth file is refused, not taken for "no depth"', () => {
    const dir = brokenCopy((d) => {
      writeDepth(d, { 'zh-CN': DEPTH['zh-CN'] });
      mkdirSync(join(d, STOP, 'depth.en.md'));
    });
    expect(problemsOf(dir)).toBe(
      'stops/first-stop/depth.en.md: this is a folder, but a file is expected here',
    );
  });
});
