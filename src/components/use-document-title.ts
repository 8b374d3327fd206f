import { useEffect } from 'preact/hooks';
import { site } from '../content/index.ts';
import { language, translator } from '../i18n/index.ts';

/** The title of the page rendered last at build time (src/prerender/render-route.tsx reads it). */
export const prerenderedTitle = { value: '' };

/** Sets the tab title to "<page> · <center>" in the current language. */
export function useDocumentTitle(page: string | undefined): void {
  const lang = language.value;
  const name = site.name[lang];
  const title = page ? translator(lang)('documentTitle', { page, site: name }) : name;
  // At build time no effect runs: the prerender takes the title from here.
  if (import.meta.env.SSR) prerenderedTitle.value = title;
  useEffect(() => {
    // A prerendered page has its title already: setting it again would replace the node.
    if (document.title !== title) document.title = title;
  }, [title]);
}
