import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { language, translator } from '../../i18n/index.ts';
import { otherLanguages } from '../../i18n/languages.ts';
import { HomeButton, KioskScreen, LanguageButton } from './KioskScreen.tsx';

/** A kiosk address that does not exist (an old bookmark of the kiosk browser): the way home. */
export function KioskNotFound() {
  const lang = language.value;
  const t = translator(lang);
  useDocumentTitle(t('notFoundTitle'));
  return (
    <KioskScreen
      actions={
        <>
          <HomeButton />
          <LanguageButton />
        </>
      }
    >
      <PageHeading class="kiosk-title">{t('notFoundTitle')}</PageHeading>
      <p class="kiosk-lead">{t('notFoundText')}</p>
      {otherLanguages(lang).map((other) => (
        <p key={other} class="kiosk-lead" lang={other}>
          {translator(other)('notFoundText')}
        </p>
      ))}
    </KioskScreen>
  );
}
