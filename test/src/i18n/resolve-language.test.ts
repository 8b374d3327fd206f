import { describe, expect, it } from 'vitest';
import type { Language, LanguageInfo } from '../../../src/content/types.ts';
import { parseLanguage, resolveLanguage } from '../../../src/i18n/resolve-language.ts';

const language = (code: string, aliases: string[] = []): LanguageInfo => ({
  code: code as Language,
  name: code,
  aliases,
});
/** The shipped content's languages. */
const TWO = [language('zh-CN'), language('en')];
/** A content with a third language, and an alias printed on old QR codes. */
const THREE = [language('zh-CN'), language('en'), language('fr', ['francais'])];

describe('parseLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    [' EN ', 'en'],
  ])('reads %s as %s', (code, expected) => {
    expect(parseLanguage(code, TWO)).toBe(expected);
  });

  it.each(['fr', 'zh-TW', 'zh-Hant', '', 'english', 'x'])('does not accept %s', (code) => {
    expect(parseLanguage(code, TWO)).toBeUndefined();
  });

  it.each([
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['fr-CA', 'fr'],
    ['francais', 'fr'],
    ['en-US', 'en'],
    ['zh', 'zh-CN'],
  ])('with three languages, reads %s as %s', (code, expected) => {
    expect(parseLanguage(code, THREE)).toBe(expected);
  });

  it('prefers the declared language of the same region', () => {
    const portuguese = [language('pt-PT'), language('pt-BR')];
    expect(parseLanguage('pt-BR', portuguese)).toBe('pt-BR');
    expect(parseLanguage('pt', portuguese)).toBe('pt-BR'); // Portuguese is most likely Brazil's
    expect(parseLanguage('pt-AO', portuguese)).toBe('pt-PT'); // no region matches: the first
  });

  it('gives absurd ?lang= values no say (the next source decides)', () => {
    for (const code of ['<script>', '%00', '-1', 'x'.repeat(100_000), 'zh-TW&lang=en']) {
      expect(parseLanguage(code, TWO)).toBeUndefined();
      expect(parseLanguage(code, THREE)).toBeUndefined();
    }
    // Repeated ?lang=: the first one counts, as URLSearchParams.get reads it.
    expect(parseLanguage(new URLSearchParams('?lang=fr&lang=en').get('lang'), TWO)).toBeUndefined();
    expect(parseLanguage(new URLSearchParams('?lang=en&lang=zh').get('lang'), TWO)).toBe('en');
  });
});

describe('resolveLanguage', () => {
  const none = {
    query: null,
    saved: null,
    browser: [] as string[],
    languages: TWO,
    siteDefault: 'zh-CN' as Language,
  };

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
    expect(resolveLanguage({ ...none, siteDefault: 'en' as Language, browser: ['zh-TW'] })).toBe(
      'zh-CN',
    );
  });
  it('then the site default', () => {
    expect(resolveLanguage({ ...none, browser: ['fr', 'de'] })).toBe('zh-CN');
    expect(resolveLanguage({ ...none, siteDefault: 'en' as Language })).toBe('en');
  });
  it('ignores an unknown ?lang= or saved value instead of failing', () => {
    expect(resolveLanguage({ ...none, query: 'xx', saved: 'yy', browser: ['en'] })).toBe('en');
  });

  describe('with three languages', () => {
    const three = { ...none, languages: THREE };
    it('takes ?lang= for the third language', () => {
      expect(resolveLanguage({ ...three, query: 'fr', saved: 'en' })).toBe('fr');
    });
    it('takes a saved third language', () => {
      expect(resolveLanguage({ ...three, saved: 'fr', browser: ['en'] })).toBe('fr');
    });
    it('takes the browser language now declared', () => {
      expect(resolveLanguage({ ...three, browser: ['fr-FR', 'en-US'] })).toBe('fr');
      expect(resolveLanguage({ ...three, browser: ['de-DE', 'fr-BE'] })).toBe('fr');
    });
    it('ignores a saved language the content no longer has', () => {
      expect(resolveLanguage({ ...none, saved: 'fr', browser: ['en'] })).toBe('en');
    });
    it('falls back to the site default', () => {
      expect(resolveLanguage({ ...three, siteDefault: 'fr' as Language, browser: ['de'] })).toBe(
        'fr',
      );
    });
  });
});
