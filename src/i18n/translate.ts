// The UI strings' store and the translate function: what the app used of i18next (namespaces,
// nested keys, `{{name}}` values, plural keys `_one`/`_other`, the site default as fallback, no
// empty strings) in a few hundred bytes. i18next was 15 KB gzip, half of the initial JS of "/"
// (budget: scripts/check-budgets.ts). Locale files keep i18next's format (JSON v4), so the build's
// checks (pipeline/content/translations.ts) and the locale tests read them as before.
// WARNING: This module is part of the main bundle.
import type { UiStrings } from './locale-file.ts';

/** `t('key')` for common strings, `t('kiosk:key')` for a mode's own; `{{name}}` takes values[name]. */
export type Translate = (key: string, values?: Readonly<Record<string, unknown>>) => string;

const DEFAULT_NAMESPACE = 'common';

/** By language, then namespace. */
const bundles = new Map<string, Map<string, UiStrings>>();
let fallbackLanguage = '';

/** The language whose strings stand in for a missing one (the site default). */
export function setFallbackLanguage(code: string): void {
  fallbackLanguage = code;
}

function merged(base: UiStrings, over: UiStrings): UiStrings {
  const result: UiStrings = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    result[key] =
      typeof value === 'object' && typeof current === 'object' ? merged(current, value) : value;
  }
  return result;
}

/** Adds strings to a namespace of a language; later strings win (the content's over the app's). */
export function addStrings(code: string, namespace: string, strings: UiStrings): void {
  let namespaces = bundles.get(code);
  if (!namespaces) {
    namespaces = new Map();
    bundles.set(code, namespaces);
  }
  namespaces.set(namespace, merged(namespaces.get(namespace) ?? {}, strings));
}

/** The strings of a namespace of a language, or undefined. */
export function stringsOf(code: string, namespace: string): UiStrings | undefined {
  return bundles.get(code)?.get(namespace);
}

function lookUp(code: string, namespace: string, path: string): string | undefined {
  let value: string | UiStrings | undefined = stringsOf(code, namespace);
  for (const part of path.split('.')) {
    if (typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, part) ? value[part] : undefined;
  }
  // An empty string is a missing one (i18next's returnEmptyString: false).
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralOf(code: string, count: number): string {
  let rules = pluralRules.get(code);
  if (!rules) {
    rules = new Intl.PluralRules(code);
    pluralRules.set(code, rules);
  }
  return rules.select(count);
}

function find(code: string, key: string, count: unknown): string | undefined {
  const separator = key.indexOf(':');
  const namespace = separator > 0 ? key.slice(0, separator) : DEFAULT_NAMESPACE;
  const path = separator > 0 ? key.slice(separator + 1) : key;
  if (typeof count === 'number') {
    const plural =
      lookUp(code, namespace, `${path}_${pluralOf(code, count)}`) ??
      lookUp(code, namespace, `${path}_other`);
    if (plural !== undefined) return plural;
  }
  return lookUp(code, namespace, path);
}

/** The translate function of a language: its string, else the fallback language's, else the key. */
export function translateIn(code: string): Translate {
  return (key, values = {}) => {
    const text = find(code, key, values.count) ?? find(fallbackLanguage, key, values.count) ?? key;
    return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
  };
}
