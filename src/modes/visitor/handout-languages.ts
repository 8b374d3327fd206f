import type { Language, LanguageInfo } from '../../content/types.ts';
import { parseLanguage } from '../../i18n/resolve-language.ts';

/** `?languages=` for every language side by side (the value printed handouts were linked with). */
export const ALL_LANGUAGES = 'both';

/**
 * The languages of a handout, from `?languages=`: `both` is every language; a list of codes
 * (`fr`, `zh-CN,fr`) those of them the content has, in its order; otherwise the page's language.
 */
export function handoutLanguages(
  param: string | undefined,
  current: Language,
  declared: readonly LanguageInfo[],
): Language[] {
  if (param === ALL_LANGUAGES) return declared.map((language) => language.code);
  const wanted = new Set((param ?? '').split(',').map((code) => parseLanguage(code, declared)));
  const chosen = declared.map((language) => language.code).filter((code) => wanted.has(code));
  return chosen.length > 0 ? chosen : [current];
}
