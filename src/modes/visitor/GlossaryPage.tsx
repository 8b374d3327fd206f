import { useEffect, useState } from 'preact/hooks';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { loadGlossary } from '../../content/index.ts';
import type { GlossaryTerm } from '../../content/types.ts';
import { language, otherLanguage, translator } from '../../i18n/index.ts';
import './GlossaryPage.css';

export function GlossaryPage() {
  const lang = language.value;
  const t = translator(lang);
  const [terms, setTerms] = useState<GlossaryTerm[]>();
  useDocumentTitle(t('glossary'));
  useEffect(() => {
    void loadGlossary().then((map) => setTerms([...map.values()]));
  }, []);

  const other = otherLanguage(lang);
  // Chinese terms sort by pinyin, English ones alphabetically.
  const sorted = terms && [...terms].sort((a, b) => a.term[lang].localeCompare(b.term[lang], lang));
  return (
    <div class="glossary-page">
      <PageHeading>{t('glossary')}</PageHeading>
      <p class="glossary-page__intro">{t('glossaryIntro')}</p>
      {!sorted && <p aria-live="polite">{t('loading')}</p>}
      {sorted && (
        <dl class="glossary-list">
          {sorted.map((term) => (
            <div key={term.id} id={`term-${term.id}`} class="glossary-entry">
              <dt>
                <span class="glossary-entry__term">{term.term[lang]}</span>{' '}
                <span class="glossary-entry__other" lang={other}>
                  {term.term[other]}
                </span>
              </dt>
              <dd>{term.definition[lang]}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
