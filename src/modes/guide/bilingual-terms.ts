// In both-languages mode a mixed delegation should learn each term in both languages: the body's
// glossary terms get the other language's name beside them.
import type { GlossaryTerm, Language } from '../../content/types.ts';

const BRACKETS: Record<Language, [string, string]> = { 'zh-CN': ['（', '）'], en: [' (', ')'] };

/**
 * Adds the other language's name after every glossary term (`button.term[data-term]`) of a body
 * in `lang`: "全血（whole blood）", "whole blood (全血)". The other name carries its own `lang`.
 * The body HTML was sanitised at build time; only text nodes are added here.
 */
export function withBothTermNames(
  html: string,
  lang: Language,
  glossary: ReadonlyMap<string, GlossaryTerm>,
): string {
  const other: Language = lang === 'en' ? 'zh-CN' : 'en';
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const button of template.content.querySelectorAll<HTMLElement>('button.term[data-term]')) {
    const term = glossary.get(button.dataset.term ?? '');
    if (!term) continue;
    const [open, close] = BRACKETS[lang];
    const wrapper = document.createElement('span');
    wrapper.className = 'term-other';
    const name = document.createElement('span');
    name.lang = other;
    name.textContent = term.term[other];
    wrapper.append(open, name, close);
    button.after(wrapper);
  }
  return template.innerHTML;
}
