import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../src/content/types.ts';
import type { Content } from '../content/load-content.ts';
import { readAppLocales } from '../content/translations.ts';

/**
 * The signs' own words (namespace "signs": src/i18n/locales/signs.<code>.json, with the content's
 * translations over them), through i18next as in the app: a translate function per language.
 */
export function signTranslators(content: Content): (lang: Language) => TFunction {
  const i18n = i18next.createInstance();
  i18n.init({
    lng: content.site.defaultLanguage,
    fallbackLng: content.site.defaultLanguage,
    resources: {},
    interpolation: { escapeValue: false }, // the sheet escapes every text itself
    initAsync: false,
  });
  const app = readAppLocales().signs ?? {};
  for (const { code } of content.site.languages) {
    i18n.addResourceBundle(code, 'signs', app[code] ?? {}, true, true);
    i18n.addResourceBundle(code, 'signs', content.translations.signs?.[code] ?? {}, true, true);
  }
  return (lang) => i18n.getFixedT(lang, 'signs');
}
