import { Fragment } from 'preact';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { sortedTerms, useGlossary } from '../../content/use-glossary.ts';
import { language, translator } from '../../i18n/index.ts';
import { otherLanguages } from '../../i18n/languages.ts';
import './GlossaryPage.css';

export function GlossaryPage() {
  const lang = language.value;
  const t = translator(lang);
  const glossary = useGlossary();
  useDocumentTitle(t('glossary'));

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
                <span class="glossary-entry__term">{term.term[lang]}</span>
                {otherLanguages(lang).map((other) => (
                  <Fragment key={other}>
                    {' '}
                    <span class="glossary-entry__other" lang={other}>
                      {term.term[other]}
                    </span>
                  </Fragment>
                ))}
              </dt>
              <dd>{term.definition[lang]}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
