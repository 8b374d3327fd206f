import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../pipeline/content/load-content.ts';
import { formatProblems } from '../../../pipeline/content/problems.ts';
import { brokenCopy, edit, problemsOf, THREE_LANGUAGES, VALID } from './content-copy.ts';

// The content's own UI translations (locales/<namespace>.<code>.json beside site.yaml): a language
// the app does not ship is added with them. A declared language missing any of the app's words
// fails the check: shown in another language, the word would carry the wrong `lang`.

describe('the content’s translations', () => {
  it('are loaded for a third language, every namespace of the app', () => {
    const result = loadContent(THREE_LANGUAGES);
    expect(formatProblems(result.problems)).toBe('');
    const { translations } = result.content!;
    expect(Object.keys(translations).sort()).toEqual(
      expect.arrayContaining(['common', 'guide', 'handout', 'kiosk', 'pwa']),
    );
    expect(translations.common.fr.glossary).toBe('Glossaire');
    expect(translations.kiosk.fr.touchToBegin).toBe('Touchez pour commencer');
  });

  it('may reword one of the app’s own texts, and only that one', () => {
    const { translations } = loadContent(THREE_LANGUAGES).content!;
    expect(translations.common.en).toEqual({
      glossaryIntro: 'Terms used on the tour, in Chinese, English and French.',
    });
  });

  it('are not needed for the languages the app ships', () => {
    expect(loadContent(VALID).content!.translations).toEqual({});
  });
});

describe('a mistake in the translations', () => {
  const cases: {
    name: string;
    change: (dir: string) => void;
    expected: RegExp;
    unexpected?: RegExp;
  }[] = [
    {
      name: 'a namespace with no French words at all (the build fails, naming the file to write)',
      change: (dir) => rmSync(join(dir, 'locales/kiosk.fr.json')),
      expected:
        /^locales\/kiosk\.fr\.json: the French words of the app's "kiosk" texts are missing: copy src\/i18n\/locales\/kiosk\.en\.json to locales\/kiosk\.fr\.json and translate it$/m,
    },
    {
      name: 'one missing word',
      change: (dir) =>
        edit(dir, 'locales/common.fr.json', (text) =>
          text.replace(/ {2}"retry": "Réessayer",\n/, ''),
        ),
      expected:
        /^locales\/common\.fr\.json: "retry" is missing: add the French text \(see src\/i18n\/locales\/common\.\*\.json\)$/m,
    },
    {
      name: 'a plural form French needs',
      change: (dir) =>
        edit(dir, 'locales/common.fr.json', (text) =>
          text.replace(/ {2}"stopCount_one": .*\n/, ''),
        ),
      expected: /^locales\/common\.fr\.json: "stopCount_one" is missing: add the French text/m,
    },
    {
      name: 'a word the app does not have',
      change: (dir) =>
        edit(dir, 'locales/common.en.json', (text) =>
          text.replace('"glossaryIntro"', '"glosaryIntro"'),
        ),
      expected:
        /^locales\/common\.en\.json: "glosaryIntro" is not one of the app's texts: remove it or check its spelling$/m,
    },
    {
      name: 'an empty text',
      change: (dir) =>
        edit(dir, 'locales/pwa.fr.json', (text) => text.replace('"Plus tard"', '"  "')),
      expected: /^locales\/pwa\.fr\.json: "later" is empty: write the French text$/m,
    },
    {
      name: 'a {{variable}} the app fills in, translated by mistake',
      change: (dir) =>
        edit(dir, 'locales/common.fr.json', (text) =>
          text.replace('Étape {{number}} sur {{total}}', 'Étape {{numéro}} sur {{total}}'),
        ),
      expected:
        /^locales\/common\.fr\.json: "stopOfTotal" must contain {{number}} and {{total}}, as the app's text does/m,
    },
    {
      name: 'a language site.yaml does not declare',
      change: (dir) => writeFileSync(join(dir, 'locales/common.de.json'), '{}'),
      expected:
        /^locales\/common\.de\.json: "de" is not one of the languages in site\.yaml \(zh-CN, en, fr\): add it there, or remove this file$/m,
    },
    {
      name: 'a namespace the app does not have',
      change: (dir) => writeFileSync(join(dir, 'locales/visitor.fr.json'), '{}'),
      expected: /^locales\/visitor\.fr\.json: the app has no words called "visitor": use one of /m,
    },
    {
      name: 'a file that is not JSON',
      change: (dir) => writeFileSync(join(dir, 'locales/pwa.fr.json'), '{ update: Mettre à jour }'),
      expected:
        /^locales\/pwa\.fr\.json: this is not valid JSON \(.*\): check its quotes and commas$/m,
      // …and not also "missing": its own problem says what to fix.
      unexpected: /pwa\.fr\.json: the French words/,
    },
    {
      name: 'a file named without its language',
      change: (dir) => writeFileSync(join(dir, 'locales/french.json'), '{}'),
      expected: /^locales\/french\.json: a translation file is named <namespace>\.<code>\.json/m,
    },
  ];
  for (const { name, change, expected, unexpected } of cases) {
    it(`reports ${name}`, () => {
      const problems = problemsOf(brokenCopy(change, THREE_LANGUAGES));
      expect(problems).toMatch(expected);
      if (unexpected) expect(problems).not.toMatch(unexpected);
    });
  }

  it('asks for every namespace of a language declared without translations', () => {
    const dir = brokenCopy((copy) => {
      rmSync(join(copy, 'locales'), { recursive: true });
      mkdirSync(join(copy, 'locales'));
    }, THREE_LANGUAGES);
    const problems = problemsOf(dir).split('\n');
    for (const namespace of ['common', 'guide', 'handout', 'kiosk', 'pwa']) {
      expect(problems).toContainEqual(
        expect.stringMatching(new RegExp(`^locales/${namespace}\\.fr\\.json: the French words`)),
      );
    }
  });
});
