import type { Language, LanguageInfo } from '../../src/content/types.ts';

// The languages of the content, as site.yaml declares them (`languages:`), and how the check
// names them in its messages.

/** What site.yaml means without a `languages:` list (files written before it existed). */
export const DEFAULT_LANGUAGES: LanguageInfo[] = [
  { code: 'zh-CN' as Language, name: '中文', aliases: [] },
  { code: 'en' as Language, name: 'English', aliases: [] },
];

const englishNames = new Intl.DisplayNames('en', { type: 'language' });

/** A language's English name, for messages an editor reads: "zh-CN" → "Chinese", "fr" → "French". */
export function englishName(code: string): string {
  try {
    return englishNames.of(new Intl.Locale(code).language) ?? code;
  } catch {
    return code;
  }
}

/** `"zh-CN:" and "en:"`, `"zh-CN:", "en:" and "fr:"`: the keys of a text, as an editor writes them. */
export function keyList(codes: readonly string[]): string {
  const keys = codes.map((code) => `"${code}:"`);
  return keys.length < 2 ? keys.join('') : `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)}`;
}

/** "both languages", "all 3 languages": how a text's languages are counted in messages. */
export function everyLanguage(count: number): string {
  if (count === 1) return 'the language';
  return count === 2 ? 'both languages' : `all ${count} languages`;
}
