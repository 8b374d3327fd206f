// The one i18n module: i18next for UI strings, a signal for the current language,
// and `<html lang>` kept in step with it.

import contentCommon from 'virtual:content/locales/common';
import { signal } from '@preact/signals';
import i18next, { type TFunction } from 'i18next';
import { site } from '../content/index.ts';
import type { Language } from '../content/types.ts';
import { endInteraction, startInteraction } from '../perf/interaction.ts';
import { rememberForServer } from './language-for-server.ts';
import { languages } from './languages.ts';
import { resolveLanguage } from './resolve-language.ts';
import { savedLanguage } from './saved-language.ts';
import { addNamespace } from './ui-strings.ts';

export const language = signal<Language>(site.defaultLanguage);

i18next.init({
  lng: site.defaultLanguage,
  // The build checks that every language has every string; this is only a safety net.
  fallbackLng: site.defaultLanguage,
  supportedLngs: [...languages],
  load: 'currentOnly',
  ns: ['common'],
  defaultNS: 'common',
  resources: {},
  returnEmptyString: false,
  interpolation: { escapeValue: false }, // Preact escapes text itself
  initAsync: false,
});

addNamespace(
  'common',
  import.meta.glob('./locales/common.*.json', { eager: true, import: 'default' }),
  contentCommon,
);

/**
 * The translate function, for a language: `t('key')` for common strings, `t('kiosk:key')` for a
 * mode's own. The views read `language.value`, so they re-render on change.
 */
export function translator(lang: Language = language.value): TFunction {
  return i18next.getFixedT(lang);
}

/** Sets the language everywhere: i18next, `<html lang>`, and (if asked) the saved choice. */
export function setLanguage(next: Language, { remember = true } = {}): void {
  startInteraction('sbc:language-switch');
  language.value = next;
  // i18next's changeLanguage costs ~8 ms of a phone's first hydration even for the language it
  // already has (issue 14's profile): only on a change.
  if (i18next.language !== next) void i18next.changeLanguage(next);
  if (document.documentElement.lang !== next) document.documentElement.lang = next;
  // Private mode or storage disabled: the choice lasts for this visit only.
  if (remember) {
    savedLanguage.save(next);
    rememberForServer(next);
  }
  // The views re-render from the signal before the next frame; the measure ends after it.
  endInteraction('sbc:language-switch');
}

/** Picks the language at start-up; `?lang=` is remembered as the visitor's choice. */
export function initLanguage(): void {
  const query = new URLSearchParams(location.search).get('lang');
  const saved = savedLanguage.load();
  const initial = resolveLanguage({
    query,
    saved,
    browser: navigator.languages ?? [navigator.language],
    languages: site.languages,
    siteDefault: site.defaultLanguage,
  });
  // A choice saved before the server could read it is passed on too.
  setLanguage(initial, { remember: query !== null || saved !== null });
}
