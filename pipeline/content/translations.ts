import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../src/content/types.ts';
import { localeFileOf, type UiStrings } from '../../src/i18n/locale-file.ts';
import { englishName } from './languages.ts';
import type { Problem } from './problems.ts';
import { type ContentReader, entryKind, NOT_A_FILE } from './read-file.ts';

// The app's words (buttons, headings, messages) come from its locale files,
// src/i18n/locales/<namespace>.<code>.json. The content may carry translations beside site.yaml,
// content/locales/<namespace>.<code>.json, merged over the app's own: a language the app does not
// ship is added this way, and a center may reword one of the app's texts. The check makes sure
// every declared language has every word of every namespace: a word shown in another language
// would carry the wrong `lang` (and a visitor who reads neither would be lost).

/** The content's own translations, by namespace and language. */
export type Translations = Record<string, Record<string, UiStrings>>;

/** The app's locale files (src/i18n/locales/), by namespace and language. */
export const APP_LOCALES_DIR = fileURLToPath(new URL('../../src/i18n/locales/', import.meta.url));

export function readAppLocales(dir = APP_LOCALES_DIR): Translations {
  const locales: Translations = {};
  for (const name of readdirSync(dir).sort()) {
    const file = localeFileOf(name);
    if (!file) continue;
    locales[file.namespace] ??= {};
    locales[file.namespace][file.code] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  }
  return locales;
}

/**
 * Reads content/locales/ (optional) and checks that each declared language has every word of
 * every namespace the app has, from the app or the content. Returns the content's translations.
 */
export function loadTranslations(
  contentDir: string,
  languages: readonly Language[],
  reader: ContentReader,
  problems: Problem[],
  app: Translations = readAppLocales(),
): { translations: Translations; files: string[] } {
  const dir = join(contentDir, 'locales');
  const translations: Translations = {};
  const files: string[] = [];
  // Files given but refused: their own problems say why, so they are not also called missing.
  const refused = new Set<string>();
  const kind = entryKind(dir);
  const display = (name: string) => reader.display(join(dir, name));
  if (kind !== 'missing' && kind !== 'directory') {
    problems.push({
      file: reader.display(dir),
      message:
        kind === 'file'
          ? 'this must be a folder of translation files (locales/<namespace>.<code>.json)'
          : NOT_A_FILE[kind === 'symlink' ? 'symlink' : 'other'],
    });
  }
  const names = kind === 'directory' ? readdirSync(dir).filter((n) => !n.startsWith('.')) : [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    const file = localeFileOf(name);
    const refuse = (message: string) => problems.push({ file: display(name), message });
    if (!file) {
      refuse('a translation file is named <namespace>.<code>.json, e.g. kiosk.fr.json: rename it');
      continue;
    }
    if (!app[file.namespace]) {
      refuse(
        `the app has no words called "${file.namespace}": use one of ${Object.keys(app).join(', ')}`,
      );
      continue;
    }
    if (!languages.includes(file.code as Language)) {
      refuse(
        `"${file.code}" is not one of the languages in site.yaml (${languages.join(', ')}): add it there, or remove this file`,
      );
      continue;
    }
    files.push(path);
    refused.add(name);
    const text = reader.text(path, 'translation');
    if (text === undefined) continue;
    let strings: unknown;
    try {
      strings = JSON.parse(text);
    } catch (error) {
      refuse(`this is not valid JSON (${(error as Error).message}): check its quotes and commas`);
      continue;
    }
    const reference = flatten(Object.values(app[file.namespace]));
    const checked = checkStrings(strings, reference, file.code, (message) => refuse(message));
    if (!checked) continue;
    refused.delete(name);
    translations[file.namespace] ??= {};
    translations[file.namespace][file.code] = strings as UiStrings;
  }

  // Every word in every language: the app's own file, the content's over it.
  for (const [namespace, byLanguage] of Object.entries(app)) {
    const reference = flatten(Object.values(byLanguage));
    for (const code of languages) {
      const given = new Map([
        ...flatten(byLanguage[code] ? [byLanguage[code]] : []),
        ...flatten(translations[namespace]?.[code] ? [translations[namespace][code]] : []),
      ]);
      const fileName = `${namespace}.${code}.json`;
      if (refused.has(fileName)) continue;
      if (given.size === 0) {
        const model = byLanguage.en ? 'en' : Object.keys(byLanguage)[0];
        problems.push({
          file: display(fileName),
          message: `the ${englishName(code)} words of the app's "${namespace}" texts are missing: copy src/i18n/locales/${namespace}.${model}.json to locales/${fileName} and translate it`,
        });
        continue;
      }
      for (const key of missingKeys(reference, given, code)) {
        problems.push({
          file: display(fileName),
          message: `"${key}" is missing: add the ${englishName(code)} text (see src/i18n/locales/${namespace}.*.json)`,
        });
      }
    }
  }
  return { translations, files };
}

/** Every text of locale files, by its dotted key (`access.window`). */
function flatten(files: readonly UiStrings[]): Map<string, string> {
  const texts = new Map<string, string>();
  const visit = (value: UiStrings, prefix: string) => {
    for (const [key, inner] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof inner === 'string') texts.set(path, inner);
      else visit(inner, path);
    }
  };
  for (const file of files) visit(file, '');
  return texts;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, '');
const variables = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

/**
 * Checks a translation file against the app's texts of its namespace: groups and non-empty
 * texts only, known keys, the same {{variables}}. Says each mistake; false if any.
 */
function checkStrings(
  value: unknown,
  reference: Map<string, string>,
  code: string,
  report: (message: string) => void,
): boolean {
  let ok = true;
  const fail = (message: string) => {
    ok = false;
    report(message);
  };
  const known = new Set([...reference.keys()].map(baseKey));
  const visit = (node: unknown, prefix: string) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      fail(`${prefix ? `"${prefix}"` : 'the file'} must be a group of texts ({ "key": "text" })`);
      return;
    }
    for (const [key, inner] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
        visit(inner, path);
      } else if (!known.has(baseKey(path))) {
        fail(`"${path}" is not one of the app's texts: remove it or check its spelling`);
      } else if (typeof inner !== 'string' || inner.trim() === '') {
        fail(`"${path}" is empty: write the ${englishName(code)} text`);
      } else {
        const model = [...reference].find(([key]) => baseKey(key) === baseKey(path))![1];
        if (variables(inner).join() !== variables(model).join()) {
          const expected = variables(model).map((name) => `{{${name}}}`);
          fail(
            `"${path}" must contain ${expected.length > 0 ? expected.join(' and ') : 'no {{…}}'}, as the app's text does: they are filled in when it is shown`,
          );
        }
      }
    }
  };
  visit(value, '');
  return ok;
}

/** The plural forms a language uses for the counts the app shows (minutes, stops, seconds). */
function pluralForms(code: string): Set<string> {
  const rules = new Intl.PluralRules(code);
  const forms = new Set<string>(['other']);
  for (let count = 0; count <= 1000; count++) forms.add(rules.select(count));
  return forms;
}

/** The app's keys a language lacks; a counted text needs each plural form the language uses. */
function missingKeys(reference: Map<string, string>, given: Map<string, string>, code: string) {
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const key of reference.keys()) {
    const base = baseKey(key);
    if (seen.has(base)) continue;
    seen.add(base);
    const plural = key !== base;
    const needed = plural ? [...pluralForms(code)].map((form) => `${base}_${form}`) : [base];
    missing.push(...needed.filter((k) => !given.has(k)));
  }
  return missing;
}
