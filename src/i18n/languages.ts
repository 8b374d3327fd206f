// The content's languages as data (site.yaml `languages:`): nothing else in the app lists them.
import { site } from '../content/index.ts';
import type { Language, LanguageInfo } from '../content/types.ts';

/** Every language of the content, in the order site.yaml lists them. */
export const languages: readonly Language[] = site.languages.map(
  (language: LanguageInfo) => language.code,
);

/** A language's name in itself ("中文", "English", "Français"), as site.yaml gives it. */
export function languageName(code: Language): string {
  return site.languages.find((language: LanguageInfo) => language.code === code)?.name ?? code;
}

/** Every language but `lang`, in site.yaml's order: what a page shows beside its own language. */
export function otherLanguages(lang: Language): Language[] {
  return languages.filter((code) => code !== lang);
}
