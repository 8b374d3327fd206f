import { GlossaryList } from '../../components/GlossaryList.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useSortedGlossary } from '../../content/use-glossary.ts';
import { language, translator } from '../../i18n/index.ts';
import { HomeButton, KioskScreen, LanguageButton } from './KioskScreen.tsx';
import { PagedColumns } from './PagedColumns.tsx';

/** Every term with its names in every language, paged to fit the screen. */
export function KioskGlossaryPage() {
  const lang = language.value;
  const t = translator(lang);
  const sorted = useSortedGlossary(lang);
  useDocumentTitle(t('glossary'));
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
          <GlossaryList terms={sorted} lang={lang} size="kiosk" />
        </PagedColumns>
      )}
    </KioskScreen>
  );
}
