import type { Language } from '../content/types.ts';

/** Reads a language code as visitors and QR links write it: `en`, `zh-CN`, `zh`, `zh-cn`, `zh-Hans`. */
export function parseLanguage(code: string | null | undefined): Language | undefined {
  if (!code) return undefined;
  const lower = code.trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (
    lower === 'zh' ||
    lower === 'zh-cn' ||
    lower === 'zh-hans' ||
    lower.startsWith('zh-hans-') ||
    lower === 'zh-sg'
  ) {
    return 'zh-CN';
  }
  return undefined;
}

export interface LanguageSources {
  /** `?lang=` of the current URL. */
  query: string | null;
  /** The visitor's saved choice. */
  saved: string | null;
  /** `navigator.languages`. */
  browser: readonly string[];
  siteDefault: Language;
}

/** The initial language: `?lang=` → the visitor's saved choice → the browser's language → the site default. */
export function resolveLanguage(sources: LanguageSources): Language {
  return (
    parseLanguage(sources.query) ??
    parseLanguage(sources.saved) ??
    sources.browser.map(browserLanguage).find((language) => language !== undefined) ??
    sources.siteDefault
  );
}

/** Browsers report Chinese variants (zh-TW, zh-HK) that still read Simplified better than English. */
function browserLanguage(code: string): Language | undefined {
  const lower = code.toLowerCase();
  return lower.startsWith('zh') ? 'zh-CN' : parseLanguage(code);
}
