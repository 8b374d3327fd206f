// The one i18n module: i18next for UI strings, a signal for the current language,
// and `<html lang>` kept in step with it.
import { signal } from '@preact/signals';
import i18next, { type TFunction } from 'i18next';
import { site } from '../content/index.ts';
import type { Language } from '../content/types.ts';
import { endInteraction, startInteraction } from '../perf/interaction.ts';
import en from './locales/common.en.json';
import zhCN from './locales/common.zh-CN.json';
import { resolveLanguage } from './resolve-language.ts';
import { savedLanguage } from './saved-language.ts';

export { parseLanguage } from './resolve-language.ts';

export const language = signal<Language>(site.defaultLanguage);

i18next.init({
  lng: site.defaultLanguage,
  fallbackLng: false,
  supportedLngs: ['zh-CN', 'en'],
  load: 'currentOnly',
  ns: ['common'],
  defaultNS: 'common',
  resources: { 'zh-CN': { common: zhCN }, en: { common: en } },
  returnEmptyString: false,
  interpolation: { escapeValue: false }, // Preact escapes text itself
  initAsync: false,
});

/** A translate function for a language; the views read `language.value`, so they re-render on change. */
export function translator(lang: Language = language.value): TFunction {
  return i18next.getFixedT(lang);
}

/** Registers a mode's own strings (kiosk, guide, …) under its namespace. */
export function addStrings(namespace: string, resources: Record<Language, object>): void {
  for (const [lang, strings] of Object.entries(resources)) {
    i18next.addResourceBundle(lang, namespace, strings, true, true);
  }
}

/** Sets the language everywhere: i18next, `<html lang>`, and (if asked) the saved choice. */
export function setLanguage(next: Language, { remember = true } = {}): void {
  startInteraction('sbc:language-switch');
  language.value = next;
  void i18next.changeLanguage(next);
  document.documentElement.lang = next;
  // Private mode or storage disabled: the choice lasts for this visit only.
  if (remember) savedLanguage.save(next);
  // The views re-render from the signal before the next frame; the measure ends after it.
  endInteraction('sbc:language-switch');
}

/** The other language: the language switch offers it. */
export function otherLanguage(lang: Language): Language {
  return lang === 'en' ? 'zh-CN' : 'en';
}

/** Picks the language at start-up; `?lang=` is remembered as the visitor's choice. */
export function initLanguage(): void {
  const query = new URLSearchParams(location.search).get('lang');
  const initial = resolveLanguage({
    query,
    saved: savedLanguage.load(),
    browser: navigator.languages ?? [navigator.language],
    siteDefault: site.defaultLanguage,
  });
  setLanguage(initial, { remember: query !== null });
}
