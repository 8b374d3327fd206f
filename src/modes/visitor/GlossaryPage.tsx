import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { sortedTerms, useGlossary } from '../../content/use-glossary.ts';
import { language, otherLanguage, translator } from '../../i18n/index.ts';
import './GlossaryPage.css';

export function GlossaryPage() {
  const lang = language.value;
  const t = translator(lang);
  const glossary = useGlossary();
  useDocumentTitle(t('glossary'));

  const other = otherLanguage(lang);
  const sorted = glossary && sortedTerms(glossary, lang);
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
