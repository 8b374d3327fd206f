// With all languages at once, a mixed delegation should learn each term in every language: the
// body's glossary terms get their names in the other languages beside them.
import type { GlossaryTerm, Language } from '../../content/types.ts';

/** Chinese and Japanese text brackets with full-width marks; other scripts with a space and ( ). */
const FULL_WIDTH = /^(zh|ja)\b/;

/**
 * Adds the other languages' names after every glossary term (`button.term[data-term]`) of a body
 * in `lang`: "全血（whole blood）", "whole blood (全血)", "whole blood (全血, sang total)". Each
 * name carries its own `lang`. The body HTML was sanitised at build time; only text is added here.
 */
export function withOtherTermNames(
  html: string,
  lang: Language,
  others: readonly Language[],
  glossary: ReadonlyMap<string, GlossaryTerm>,
): string {
  const [open, close, separator] = FULL_WIDTH.test(lang) ? ['（', '）', '、'] : [' (', ')', ', '];
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const button of template.content.querySelectorAll<HTMLElement>('button.term[data-term]')) {
    const term = glossary.get(button.dataset.term ?? '');
    if (!term || others.length === 0) continue;
    const wrapper = document.createElement('span');
    wrapper.className = 'term-other';
    wrapper.append(open);
    others.forEach((other, index) => {
      const name = document.createElement('span');
      name.lang = other;
      name.textContent = term.term[other];
      if (index > 0) wrapper.append(separator);
      wrapper.append(name);
    });
    wrapper.append(close);
    button.after(wrapper);
  }
  return template.innerHTML;
}
