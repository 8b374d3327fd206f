import { describe, expect, it } from 'vitest';
import {
  addStrings,
  setFallbackLanguage,
  stringsOf,
  translateIn,
} from '../../../src/i18n/translate.ts';

// The UI strings' store and translate function, on their own strings (locale files keep
// i18next's JSON v4 format: nested keys, `{{name}}`, `_one` / `_other`).

addStrings('xx', 'common', { hello: 'Hello {{name}}', empty: '', nested: { deep: 'Deep' } });
addStrings('xx', 'common', { stops_one: '{{count}} stop', stops_other: '{{count}} stops' });
addStrings('xx', 'mode', { title: 'Mode title' });
addStrings('yy', 'common', { hello: '你好 {{name}}', only: '只有', stops_other: '{{count}} 站' });
setFallbackLanguage('yy');

describe('translateIn', () => {
  const t = translateIn('xx');

  it('fills in values, finds nested keys and namespaces, and merges later strings in', () => {
    expect(t('hello', { name: 'Ana' })).toBe('Hello Ana');
    expect(t('hello')).toBe('Hello {{name}}');
    expect(t('nested.deep')).toBe('Deep');
    expect(t('mode:title')).toBe('Mode title');
    expect(stringsOf('xx', 'common')).toMatchObject({
      hello: 'Hello {{name}}',
      stops_one: '{{count}} stop',
    });
  });

  it('picks the plural form the language uses for the count', () => {
    expect(t('stops', { count: 1 })).toBe('1 stop');
    expect(t('stops', { count: 3 })).toBe('3 stops');
    expect(translateIn('yy')('stops', { count: 1 })).toBe('1 站');
  });

  it('falls back to the fallback language, an empty string counting as missing, then to the key', () => {
    expect(t('only')).toBe('只有');
    expect(t('empty')).toBe('empty');
    expect(t('missing.key')).toBe('missing.key');
    expect(t('nested')).toBe('nested');
    expect(t('hello.toString')).toBe('hello.toString');
    expect(t('constructor')).toBe('constructor');
  });
});
