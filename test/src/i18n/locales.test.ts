import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFileOf } from '../../../src/i18n/locale-file.ts';

// Locale files are tested data: every namespace in every language the app ships, the same keys in
// each, no empty strings, the same {{variables}}. Namespaces and languages are read from the file
// names (as the app finds them), never listed here.
const DIR = 'src/i18n/locales';
const names = readdirSync(DIR);
const files = names.flatMap((name) => {
  const file = localeFileOf(name);
  return file ? [{ name, ...file }] : [];
});
const namespaces = [...new Set(files.map((file) => file.namespace))];
const languages = [...new Set(files.map((file) => file.code))];

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return { [prefix]: value };
  return Object.assign(
    {},
    ...Object.entries(value).map(([key, inner]) =>
      flatten(inner, prefix ? `${prefix}.${key}` : key),
    ),
  );
}

/** i18next plural keys (`_one`, `_other`) count as one key for parity: Chinese needs only `_other`. */
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const variables = (text: unknown) =>
  [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

it('names every file <namespace>.<code>.json, in at least two languages', () => {
  expect(names.filter((name) => !localeFileOf(name))).toEqual([]);
  expect(languages.length).toBeGreaterThanOrEqual(2);
});

describe.each(namespaces)('locale namespace "%s"', (namespace) => {
  const read = (lang: string) =>
    flatten(JSON.parse(readFileSync(join(DIR, `${namespace}.${lang}.json`), 'utf8')));

  it.each(languages)('exists in %s', (lang) => {
    expect(files.some((file) => file.namespace === namespace && file.code === lang)).toBe(true);
  });

  const [first, ...others] = languages;
  const reference = read(first);
  const keys = (strings: Record<string, unknown>) =>
    [...new Set(Object.keys(strings).map(baseKey))].sort();

  it.each(others)(`has the same keys in %s as in ${first}`, (lang) => {
    expect(keys(read(lang))).toEqual(keys(reference));
  });

  it.each(languages)('has no empty or non-text values in %s', (lang) => {
    for (const [key, value] of Object.entries(read(lang))) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it.each(others)(`uses the same interpolation variables in %s as in ${first}`, (lang) => {
    const strings = read(lang);
    for (const [key, text] of Object.entries(strings)) {
      const model = Object.entries(reference).find(([k]) => baseKey(k) === baseKey(key))?.[1];
      expect(variables(text), key).toEqual(variables(model));
    }
  });
});
