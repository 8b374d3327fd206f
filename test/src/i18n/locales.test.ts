import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Locale files are tested data: the same keys in both languages, no empty strings.
const DIR = 'src/i18n/locales';
const namespaces = [...new Set(readdirSync(DIR).map((file) => file.split('.')[0]))];

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

describe.each(namespaces)('locale namespace "%s"', (namespace) => {
  const read = (lang: string) =>
    flatten(JSON.parse(readFileSync(join(DIR, `${namespace}.${lang}.json`), 'utf8')));
  const en = read('en');
  const zh = read('zh-CN');

  it('has the same keys in zh-CN and en', () => {
    const keys = (strings: Record<string, unknown>) =>
      [...new Set(Object.keys(strings).map(baseKey))].sort();
    expect(keys(zh)).toEqual(keys(en));
  });

  it('has no empty or non-text values', () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(zh)]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const variables = (text: unknown) =>
      [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) {
      const zhKey = key in zh ? key : `${baseKey(key)}_other`;
      expect(variables(zh[zhKey]), key).toEqual(variables(en[key]));
    }
  });
});
