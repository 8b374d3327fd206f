import type { Language } from '../../content/types.ts';
import { handleTermClick } from '../term-dialog-state.ts';
import './StopBody.css';

/**
 * A stop's text (its body, or any other Markdown part) as the build rendered it, with its
 * glossary terms as buttons that open the definition. Every view shows stop text through this.
 */
export function StopBody({
  html,
  lang,
  class: className,
  firstHeading = 2,
  tappableTerms = true,
}: {
  /** Sanitised at build time (pipeline/content/markdown.ts): no script can reach this HTML. */
  html: string;
  lang: Language;
  class?: string;
  /** The level of the text's own top headings (the build writes h2), under the view's headings. */
  firstHeading?: number;
  /** False where nobody taps (the wall screen): terms stay marked, but as text, not buttons. */
  tappableTerms?: boolean;
}) {
  let shifted = firstHeading === 2 ? html : shiftHeadings(html, firstHeading - 2);
  if (!tappableTerms) shifted = termsAsText(shifted);
  return (
    // The click is delegated from the term <button>s inside, which keyboards reach and press.
    // biome-ignore lint/a11y/noStaticElementInteractions: delegated from buttons
    // biome-ignore lint/a11y/useKeyWithClickEvents: delegated from buttons
    <div
      lang={lang}
      class={className ? `prose ${className}` : 'prose'}
      onClick={handleTermClick}
      dangerouslySetInnerHTML={{ __html: shifted }}
    />
  );
}

/** `<h2>` → `<h4>` for `by` 2, at most h6 (the build writes headings without attributes). */
export function shiftHeadings(html: string, by: number): string {
  return html.replace(
    /<(\/?)h([1-6])>/g,
    (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + by)}>`,
  );
}

/**
 * The build's term buttons (`<button type="button" class="term" data-term="…">`) as spans. They
 * hold only text and spans (pipeline/content/markdown.ts), so their `</button>` is the next one.
 */
export function termsAsText(html: string): string {
  return html
    .replace(/<button type="button" class="term" data-term="[a-z0-9-]+">/g, '<span class="term">')
    .replace(/<\/button>/g, '</span>');
}
