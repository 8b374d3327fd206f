import type { Language, LanguageInfo } from '../content/types.ts';

/** A language tag with its likely script and region filled in: `zh` → zh-Hans-CN, `en-GB` → en-Latn-GB. */
function likely(code: string): Intl.Locale | undefined {
  if (code.length > 64) return undefined;
  try {
    return new Intl.Locale(code.trim()).maximize();
  } catch {
    return undefined;
  }
}

/**
 * Reads a language code as visitors and QR links write it (`en`, `en-GB`, `zh`, `zh-cn`, `zh-Hans`,
 * `fr-CA`): a declared code or alias, in any case, or a variant of one in the same script. A
 * request for another script (`zh-TW`: Traditional) is not taken for the declared one.
 */
export function parseLanguage(
  code: string | null | undefined,
  languages: readonly LanguageInfo[],
): Language | undefined {
  // No language tag is this long (a pasted or hostile value): never parse it.
  if (!code || code.length > 64) return undefined;
  const lower = code.trim().toLowerCase();
  const named = languages.find(
    (language) =>
      language.code.toLowerCase() === lower ||
      language.aliases.some((alias) => alias.toLowerCase() === lower),
  );
  if (named) return named.code;
  return closest(code, languages, (wanted, offered) => wanted.script === offered.script);
}

/** The declared language of `code`'s language that `same` accepts, its region preferred. */
function closest(
  code: string,
  languages: readonly LanguageInfo[],
  same: (wanted: Intl.Locale, offered: Intl.Locale) => boolean,
): Language | undefined {
  const wanted = likely(code);
  if (!wanted) return undefined;
  const candidates = languages.filter((language) => {
    const offered = likely(language.code);
    return offered?.language === wanted.language && same(wanted, offered);
  });
  const sameRegion = candidates.find((language) => likely(language.code)?.region === wanted.region);
  return (sameRegion ?? candidates[0])?.code;
}

/**
 * A browser language: as `?lang=`, else any declared language of the same language, whatever its
 * script (a zh-TW or zh-HK reader still reads Simplified Chinese better than English).
 */
function browserLanguage(code: string, languages: readonly LanguageInfo[]): Language | undefined {
  return parseLanguage(code, languages) ?? closest(code, languages, () => true);
}

export interface LanguageSources {
  /** `?lang=` of the current URL. */
  query: string | null;
  /** The visitor's saved choice. */
  saved: string | null;
  /** `navigator.languages`. */
  browser: readonly string[];
  /** The content's languages (site.yaml). */
  languages: readonly LanguageInfo[];
  siteDefault: Language;
}

/** The initial language: `?lang=` → the visitor's saved choice → the browser's language → the site default. */
export function resolveLanguage(sources: LanguageSources): Language {
  const { languages } = sources;
  return (
    parseLanguage(sources.query, languages) ??
    parseLanguage(sources.saved, languages) ??
    sources.browser
      .map((code) => browserLanguage(code, languages))
      .find((language) => language !== undefined) ??
    sources.siteDefault
  );
}
