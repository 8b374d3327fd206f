import { useEffect } from 'preact/hooks';
import { site } from '../content/index.ts';
import { language, translator } from '../i18n/index.ts';

/** Sets the tab title to "<page> · <center>" in the current language. */
export function useDocumentTitle(page: string | undefined): void {
  const lang = language.value;
  useEffect(() => {
    const name = site.name[lang];
    document.title = page ? translator(lang)('documentTitle', { page, site: name }) : name;
  }, [page, lang]);
}
