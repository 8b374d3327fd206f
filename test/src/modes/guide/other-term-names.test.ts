// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../../../src/content/types.ts';
import { withOtherTermNames } from '../../../../src/modes/guide/other-term-names.ts';
import { EN, FR, ZH_CN } from '../../../support/languages.ts';

const glossary = new Map<string, GlossaryTerm>([
  [
    'whole-blood',
    {
      id: 'whole-blood',
      term: { 'zh-CN': '全血', en: 'whole blood', fr: 'sang total' },
      definition: { 'zh-CN': '…', en: '…' },
    },
  ],
  [
    'plasma',
    {
      id: 'plasma',
      term: { 'zh-CN': '血浆', en: 'plasma <liquid>', fr: 'plasma' },
      definition: { 'zh-CN': '…', en: '…' },
    },
  ],
]);
const term = (id: string, shown: string) =>
  `<button type="button" class="term" data-term="${id}">${shown}</button>`;

function parse(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('withOtherTermNames', () => {
  it('adds the English name after each term of a Chinese body, in its own lang', () => {
    const html = `<p>这是${term('whole-blood', '全血')}和${term('plasma', '液体部分')}。</p>`;
    const body = parse(withOtherTermNames(html, ZH_CN, [EN], glossary));
    expect(body.textContent).toBe('这是全血（whole blood）和液体部分（plasma <liquid>）。');
    const others = [...body.querySelectorAll('.term-other [lang]')];
    expect(others.map((e) => [e.getAttribute('lang'), e.textContent])).toEqual([
      ['en', 'whole blood'],
      ['en', 'plasma <liquid>'],
    ]);
    // The term itself stays a button that opens its definition.
    expect(body.querySelectorAll('button.term[data-term]')).toHaveLength(2);
  });

  it('adds the Chinese name after each term of an English body', () => {
    const html = `<p>This is ${term('whole-blood', 'whole blood')}.</p>`;
    const body = parse(withOtherTermNames(html, EN, [ZH_CN], glossary));
    expect(body.textContent).toBe('This is whole blood (全血).');
    expect(body.querySelector('.term-other [lang="zh-CN"]')?.textContent).toBe('全血');
  });

  it('escapes names and leaves unknown terms and other HTML alone', () => {
    const html = `<h2>T</h2><p>${term('nope', 'x')} <strong>b</strong></p>`;
    expect(withOtherTermNames(html, EN, [ZH_CN], glossary)).toBe(html);
    const escaped = withOtherTermNames(`<p>${term('plasma', 'plasma')}</p>`, ZH_CN, [EN], glossary);
    expect(escaped).toContain('plasma &lt;liquid&gt;');
  });

  it('adds every other language, in order, each in its own lang', () => {
    const english = parse(
      withOtherTermNames(
        `<p>A ${term('whole-blood', 'whole blood')}.</p>`,
        EN,
        [ZH_CN, FR],
        glossary,
      ),
    );
    expect(english.textContent).toBe('A whole blood (全血, sang total).');
    const chinese = parse(
      withOtherTermNames(`<p>${term('whole-blood', '全血')}。</p>`, ZH_CN, [EN, FR], glossary),
    );
    expect(chinese.textContent).toBe('全血（whole blood、sang total）。');
    expect(
      [...chinese.querySelectorAll('.term-other [lang]')].map((e) => e.getAttribute('lang')),
    ).toEqual(['en', 'fr']);
  });
});
