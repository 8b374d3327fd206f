import { Fragment } from 'preact';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { sortedTerms, useGlossary } from '../../content/use-glossary.ts';
import { language, translator } from '../../i18n/index.ts';
import { otherLanguages } from '../../i18n/languages.ts';
import { HomeButton, KioskScreen, LanguageButton } from './KioskScreen.tsx';
import { PagedColumns } from './PagedColumns.tsx';
import './KioskGlossaryPage.css';

/** Every term with its names in every language, paged to fit the screen. */
export function KioskGlossaryPage() {
  const lang = language.value;
  const t = translator(lang);
  const glossary = useGlossary();
  useDocumentTitle(t('glossary'));
  const sorted = glossary && sortedTerms(glossary, lang);
  return (
    <KioskScreen
      class="kiosk-glossary"
      actions={
        <>
          <HomeButton />
          <LanguageButton />
        </>
      }
    >
      <PageHeading class="kiosk-title">{t('glossary')}</PageHeading>
      <p class="kiosk-lead">{t('glossaryIntro')}</p>
      {!sorted && <p aria-live="polite">{t('loading')}</p>}
      {sorted && (
        <PagedColumns key={lang} label={t('glossary')}>
          <dl class="kiosk-glossary__list">
            {sorted.map((term) => (
              <div key={term.id} class="kiosk-glossary__entry">
                <dt>
                  <span class="kiosk-glossary__term">{term.term[lang]}</span>
                  {otherLanguages(lang).map((other) => (
                    <Fragment key={other}>
                      {' '}
                      <span class="kiosk-glossary__other" lang={other}>
                        {term.term[other]}
                      </span>
                    </Fragment>
                  ))}
                </dt>
                <dd>{term.definition[lang]}</dd>
              </div>
            ))}
          </dl>
        </PagedColumns>
      )}
    </KioskScreen>
  );
}
