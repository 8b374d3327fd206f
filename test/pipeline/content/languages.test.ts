import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../pipeline/content/load-content.ts';
import { formatProblems } from '../../../pipeline/content/problems.ts';
import { brokenCopy, edit, problemsOf, THREE_LANGUAGES } from './content-copy.ts';

// The content's languages are data: site.yaml declares them, and every text is checked in each.

describe('the languages site.yaml declares', () => {
  it('loads content with a third language: names, default, texts and bodies in each', () => {
    const result = loadContent(THREE_LANGUAGES);
    expect(formatProblems(result.problems)).toBe('');
    const { site, stops, glossary } = result.content!;
    expect(site.languages).toEqual([
      { code: 'zh-CN', name: '中文', aliases: [] },
      { code: 'en', name: 'English', aliases: [] },
      { code: 'fr', name: 'Français', aliases: ['francais'] },
    ]);
    expect(site.defaultLanguage).toBe('zh-CN');
    expect(site.name.fr).toBe('Centre de transfusion de test');
    expect(stops[0].title.fr).toBe('La première étape');
    expect(stops[0].facts.map((fact) => fact.fr)).toEqual([
      'Premier point.',
      'Deuxième point.',
      'Troisième point.',
    ]);
    // A glossary term in a French body shows its French name.
    expect(stops[0].body.fr).toContain('data-term="whole-blood">sang total</button>');
    expect(glossary[0].term.fr).toBe('sang total');
  });

  it('means Chinese and English when site.yaml does not list them (older content)', () => {
    const dir = brokenCopy((copy) =>
      edit(copy, 'site.yaml', (text) => text.replace(/^languages: .*\n/m, '')),
    );
    const { site } = loadContent(dir).content!;
    expect(site.languages.map((language) => language.code)).toEqual(['zh-CN', 'en']);
    expect(site.languages.map((language) => language.name)).toEqual(['中文', 'English']);
  });

  it('takes the first language as the default when "defaultLanguage" is left out', () => {
    const dir = brokenCopy(
      (copy) => edit(copy, 'site.yaml', (text) => text.replace(/^defaultLanguage: .*\n/m, '')),
      THREE_LANGUAGES,
    );
    expect(loadContent(dir).content!.site.defaultLanguage).toBe('zh-CN');
  });
});

describe('a text missing in a declared language', () => {
  const cases: { name: string; change: (dir: string) => void; expected: RegExp }[] = [
    {
      name: 'a missing French title, naming the language',
      change: (dir) =>
        edit(dir, 'stops/first-stop/stop.yaml', (text) =>
          text.replace(/, fr: La première étape/, ''),
        ),
      expected: /^stops\/first-stop\/stop\.yaml:2: "title\.fr" is missing: add the French text$/m,
    },
    {
      name: 'an empty French fact',
      change: (dir) =>
        edit(dir, 'stops/second-stop/stop.yaml', (text) =>
          text.replace('fr: Deuxième point.', 'fr: ""'),
        ),
      expected:
        /^stops\/second-stop\/stop\.yaml:9: "facts\[1\]\.fr" the French \(fr\) text is empty: write it$/m,
    },
    {
      name: 'a missing French body',
      change: (dir) => rmSync(join(dir, 'stops/second-stop/body.fr.md')),
      expected: /^stops\/second-stop\/body\.fr\.md: the file is missing/m,
    },
    {
      name: 'a missing French glossary definition',
      change: (dir) =>
        edit(dir, 'glossary.yaml', (text) =>
          text.replace(/ {4}fr: La partie liquide du sang\.\n/, ''),
        ),
      expected: /^glossary\.yaml:\d+: "\[1\]\.definition\.fr" is missing: add the French text$/m,
    },
    {
      name: 'a text in a language site.yaml does not declare',
      change: (dir) =>
        edit(dir, 'tours/main.yaml', (text) =>
          text.replace('fr: Deux étapes. }', 'fr: Deux étapes., de: Zwei. }'),
        ),
      expected: /^tours\/main\.yaml:3: unknown field "description\.de"/m,
    },
  ];
  for (const { name, change, expected } of cases) {
    it(`reports ${name}`, () => {
      expect(problemsOf(brokenCopy(change, THREE_LANGUAGES))).toMatch(expected);
    });
  }

  it('says every language when a text is not given per language', () => {
    const dir = brokenCopy(
      (copy) =>
        edit(copy, 'tours/main.yaml', (text) => text.replace(/^title: .*$/m, 'title: Test')),
      THREE_LANGUAGES,
    );
    expect(problemsOf(dir)).toMatch(
      /^tours\/main\.yaml:2: "title" must give the text in all 3 languages, as "zh-CN:", "en:" and "fr:" on their own lines$/m,
    );
  });
});

describe('a mistake in the list of languages', () => {
  const cases: { name: string; languages: string; expected: RegExp; line?: number }[] = [
    {
      name: 'a code written in the wrong case',
      languages: '[{ code: zh-cn, name: 中文 }, { code: en, name: English }]',
      expected: /"languages\[0\]\.code" must be written "zh-CN" \(the standard spelling\)/,
    },
    {
      name: 'something that is not a language code',
      languages: '[{ code: Chinese, name: 中文 }, { code: en, name: English }]',
      expected: /"languages\[0\]\.code" must be a language code such as "fr" or "zh-CN"/,
    },
    {
      name: 'a language without its name',
      languages: '[{ code: zh-CN }, { code: en, name: English }]',
      expected: /"languages\[0\]\.name" is missing: add it/,
    },
    {
      name: 'a code listed twice',
      languages: '[{ code: zh-CN, name: 中文 }, { code: en, name: English, aliases: [zh-CN] }]',
      expected: /"zh-CN" already names 中文: a code may name one language only/,
    },
    {
      name: 'a default language that is not listed',
      languages: '[{ code: en, name: English }]',
      expected: /"defaultLanguage" is "zh-CN", which is not in "languages": use one of en/,
      line: 4,
    },
    {
      name: 'an empty list',
      languages: '[]',
      expected: /"languages" must list at least one language/,
    },
  ];
  for (const { name, languages, expected, line = 11 } of cases) {
    it(`reports ${name}, with its line`, () => {
      const dir = brokenCopy((copy) =>
        edit(copy, 'site.yaml', (text) =>
          text.replace(/^languages: .*$/m, `languages: ${languages}`),
        ),
      );
      expect(problemsOf(dir)).toMatch(new RegExp(`^site\\.yaml:${line}: ${expected.source}`, 'm'));
    });
  }

  it('still checks the rest of the content, as Chinese and English', () => {
    const dir = brokenCopy((copy) => {
      edit(copy, 'site.yaml', (text) => text.replace(/^languages: .*$/m, 'languages: French'));
      edit(copy, 'tours/main.yaml', (text) => text.replace(', en: Test tour', ''));
    });
    const problems = problemsOf(dir);
    expect(problems).toMatch(/^site\.yaml:11: "languages" must be a list of languages/m);
    expect(problems).toMatch(
      /^tours\/main\.yaml:2: "title\.en" is missing: add the English text$/m,
    );
  });
});

describe('an image with one file per language', () => {
  it('needs a file for every declared language', () => {
    const dir = brokenCopy(
      (copy) =>
        edit(copy, 'stops/first-stop/stop.yaml', (text) =>
          text.replace('file: diagram.svg', 'file: { zh-CN: diagram.svg, en: diagram.svg }'),
        ),
      THREE_LANGUAGES,
    );
    expect(problemsOf(dir)).toMatch(
      /^stops\/first-stop\/stop\.yaml:12: "images\[0\]\.file" must be an image file name, or one per language as "zh-CN:", "en:" and "fr:"$/m,
    );
  });
});
