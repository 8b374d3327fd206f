// The one way UI strings reach i18next. A namespace's strings are the app's own locale files,
// found by name (src/i18n/locales/<namespace>.<code>.json, through import.meta.glob where the
// namespace is used, so each stays in the chunk that needs it), then the content's translations
// of it (content/locales/, through virtual:content/locales/<namespace>) over them. The build
// checks that every language the content declares has every string (pipeline/content/translations.ts).
import i18next from 'i18next';
import type { Language } from '../content/types.ts';
import { languages } from './languages.ts';
import { localeFileOf, type UiStrings } from './locale-file.ts';

/**
 * Registers a namespace for the content's languages: `appFiles` is
 * `import.meta.glob('…/locales/<namespace>.*.json', { eager: true, import: 'default' })`.
 */
export function addNamespace(
  namespace: string,
  appFiles: Record<string, UiStrings>,
  fromContent: Record<string, UiStrings>,
): void {
  for (const [path, strings] of Object.entries(appFiles)) {
    const file = localeFileOf(path);
    if (file?.namespace === namespace && languages.includes(file.code as Language)) {
      i18next.addResourceBundle(file.code, namespace, strings, true, true);
    }
  }
  for (const [code, strings] of Object.entries(fromContent)) {
    i18next.addResourceBundle(code, namespace, strings, true, true);
  }
}
