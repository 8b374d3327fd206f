import type { Language, LanguageInfo } from '../../src/content/types.ts';
import { DEFAULT_LANGUAGES } from './languages.ts';
import type { Problem } from './problems.ts';
import { languagesSchema } from './schema.ts';
import { validate } from './validate.ts';
import type { FieldPath, YamlFile } from './yaml-file.ts';

export interface DeclaredLanguages {
  languages: LanguageInfo[];
  defaultLanguage: Language;
}

/**
 * The languages site.yaml declares (`languages:`, `defaultLanguage:`), checked first: every other
 * text is checked against them. When the list cannot be read, the rest of the content is checked
 * as Chinese and English, so its own problems are still listed.
 */
export function readDeclaredLanguages(
  siteYaml: YamlFile | undefined,
  problems: Problem[],
): DeclaredLanguages {
  const fallback = { languages: DEFAULT_LANGUAGES, defaultLanguage: DEFAULT_LANGUAGES[0].code };
  const input = siteYaml && validate(languagesSchema, siteYaml, problems);
  if (!siteYaml || !input) return fallback;
  const { languages } = input;
  // A code (or alias) names one language: `?lang=` must know which.
  const owner = new Map<string, string>();
  languages.forEach((language, index) => {
    const claim = (code: string, path: FieldPath) => {
      const other = owner.get(code.toLowerCase());
      if (other === undefined) {
        owner.set(code.toLowerCase(), language.name);
        return;
      }
      problems.push({
        file: siteYaml.file,
        line: siteYaml.lineOf(['languages', index, ...path]),
        message: `"${code}" already names ${other}: a code may name one language only`,
      });
    };
    claim(language.code, ['code']);
    language.aliases.forEach((alias, i) => {
      claim(alias, ['aliases', i]);
    });
  });
  const codes = languages.map((language) => language.code);
  const chosen = input.defaultLanguage ?? codes[0];
  if (!codes.includes(chosen)) {
    problems.push({
      file: siteYaml.file,
      line: siteYaml.lineOf(['defaultLanguage']),
      message: `"defaultLanguage" is "${chosen}", which is not in "languages": use one of ${codes.join(', ')}`,
    });
  }
  return { languages, defaultLanguage: codes.includes(chosen) ? chosen : codes[0] };
}
