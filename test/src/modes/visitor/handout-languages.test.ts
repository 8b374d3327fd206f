import { describe, expect, it } from 'vitest';
import type { Language, LanguageInfo } from '../../../../src/content/types.ts';
import { handoutLanguages } from '../../../../src/modes/visitor/handout-languages.ts';
import { EN, FR, ZH_CN } from '../../../support/languages.ts';

const declared: LanguageInfo[] = [ZH_CN, EN, FR].map((code) => ({ code, name: code, aliases: [] }));

describe('handoutLanguages (?languages=)', () => {
  it('is the page’s language when not given or not understood', () => {
    expect(handoutLanguages(undefined, FR, declared)).toEqual(['fr']);
    expect(handoutLanguages('', EN, declared)).toEqual(['en']);
    expect(handoutLanguages('xx,de', EN, declared)).toEqual(['en']);
  });
  it('keeps "both" meaning every language, in the content’s order', () => {
    expect(handoutLanguages('both', EN, declared)).toEqual(['zh-CN', 'en', 'fr']);
  });
  it('takes one code or a list of them, as ?lang= reads codes', () => {
    expect(handoutLanguages('fr', ZH_CN, declared)).toEqual(['fr']);
    expect(handoutLanguages('fr,zh', EN, declared)).toEqual(['zh-CN', 'fr']);
    expect(handoutLanguages('en-GB,de', ZH_CN, declared)).toEqual(['en']);
  });
  it('never offers a language the content does not have', () => {
    const two = declared.slice(0, 2);
    expect(handoutLanguages('fr', 'zh-CN' as Language, two)).toEqual(['zh-CN']);
  });
});
