import { describe, expect, it } from 'vitest';
import { parseLanguage, resolveLanguage } from '../../../src/i18n/resolve-language.ts';

describe('parseLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    [' EN ', 'en'],
  ])('reads %s as %s', (code, expected) => {
    expect(parseLanguage(code)).toBe(expected);
  });

  it.each(['fr', 'zh-TW', '', 'english'])('does not accept %s', (code) => {
    expect(parseLanguage(code)).toBeUndefined();
  });

  it('gives absurd ?lang= values no say (the next source decides)', () => {
    for (const code of ['<script>', '%00', '-1', 'x'.repeat(100_000), 'zh-TW&lang=en']) {
      expect(parseLanguage(code)).toBeUndefined();
    }
    // Repeated ?lang=: the first one counts, as URLSearchParams.get reads it.
    expect(parseLanguage(new URLSearchParams('?lang=fr&lang=en').get('lang'))).toBeUndefined();
    expect(parseLanguage(new URLSearchParams('?lang=en&lang=zh').get('lang'))).toBe('en');
  });
});

describe('resolveLanguage', () => {
  const none = { query: null, saved: null, browser: [] as string[], siteDefault: 'zh-CN' as const };

  it('prefers ?lang= over everything else', () => {
    expect(resolveLanguage({ ...none, query: 'en', saved: 'zh-CN', browser: ['zh-CN'] })).toBe(
      'en',
    );
  });
  it('then the saved choice', () => {
    expect(resolveLanguage({ ...none, saved: 'en', browser: ['zh-CN'] })).toBe('en');
  });
  it('then the first browser language it knows', () => {
    expect(resolveLanguage({ ...none, browser: ['fr-FR', 'en-US', 'zh-CN'] })).toBe('en');
    expect(resolveLanguage({ ...none, siteDefault: 'en', browser: ['zh-TW'] })).toBe('zh-CN');
  });
  it('then the site default', () => {
    expect(resolveLanguage({ ...none, browser: ['fr', 'de'] })).toBe('zh-CN');
    expect(resolveLanguage({ ...none, siteDefault: 'en' })).toBe('en');
  });
  it('ignores an unknown ?lang= or saved value instead of failing', () => {
    expect(resolveLanguage({ ...none, query: 'xx', saved: 'yy', browser: ['en'] })).toBe('en');
  });
});
