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
}: {
  /** Sanitised at build time (pipeline/content/markdown.ts): no script can reach this HTML. */
  html: string;
  lang: Language;
  class?: string;
}) {
  return (
    // The click is delegated from the term <button>s inside, which keyboards reach and press.
    // biome-ignore lint/a11y/noStaticElementInteractions: delegated from buttons
    // biome-ignore lint/a11y/useKeyWithClickEvents: delegated from buttons
    <div
      lang={lang}
      class={className ? `prose ${className}` : 'prose'}
      onClick={handleTermClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
