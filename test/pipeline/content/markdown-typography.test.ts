// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../../pipeline/content/markdown.ts';
import type { GlossaryTerm, Language } from '../../../src/content/types.ts';
import { EN, ZH_CN } from '../../support/languages.ts';

const term = (id: string, zh: string, en: string): [string, GlossaryTerm] => [
  id,
  { id, term: { 'zh-CN': zh, en }, definition: { 'zh-CN': '定义', en: 'definition' } },
];
const glossary = new Map([
  term('plasma', '血浆', 'plasma'),
  term('whole-blood', '全血', 'whole blood'),
]);

/** The body as text, each no-break group in [brackets]. */
function groups(source: string, lang: Language = ZH_CN): string {
  const body = document.createElement('div');
  body.innerHTML = renderBody(source, lang, glossary).html;
  for (const group of body.querySelectorAll('.no-break')) {
    group.replaceWith(`[${group.textContent}]`);
  }
  return (body.textContent ?? '').trim();
}

describe('glossary terms and the punctuation touching them', () => {
  it('keeps a term with its quotation marks and the full stop after it', () => {
    expect(groups('已改称“[[plasma]]”。然后')).toBe('已改称[“血浆”。]然后');
    expect(groups('见[[plasma]]、[[whole-blood]]（[[plasma]]）和[[plasma]]后面')).toBe(
      '见[血浆、]全血[（血浆）]和血浆后面',
    );
    expect(groups('See [[plasma]]. And "[[whole-blood]]" (also [[plasma]]).', EN)).toBe(
      'See [plasma.] And "whole blood" (also [plasma).]',
    );
  });

  it('leaves the term a button whose words may still wrap, and the rest untouched', () => {
    const html = renderBody('改称“[[plasma]]”。', ZH_CN, glossary).html;
    expect(html).toBe(
      '<p>改称<span class="no-break">“<button type="button" class="term" data-term="plasma"><span class="term__label">血浆</span></button>”。</span></p>\n',
    );
    expect(renderBody('这是[[plasma]]和', ZH_CN, glossary).html).toBe(
      '<p>这是<button type="button" class="term" data-term="plasma">血浆</button>和</p>\n',
    );
  });

  it('lets no other span through the sanitiser', () => {
    expect(renderBody('<span class="no-break">x</span>', EN, glossary).html).not.toContain('<span');
  });
});
