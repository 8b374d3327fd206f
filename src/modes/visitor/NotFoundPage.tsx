import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { language, otherLanguage, translator } from '../../i18n/index.ts';
import './NotFoundPage.css';

/** Friendly and bilingual: a visitor who scanned an old sign may read either language. */
export function NotFoundPage({ stopId }: { stopId?: string }) {
  const lang = language.value;
  const other = otherLanguage(lang);
  const t = translator(lang);
  const tOther = translator(other);
  useDocumentTitle(t('notFoundTitle'));
  return (
    <div class="not-found">
      <PageHeading>{t('notFoundTitle')}</PageHeading>
      <p class="not-found__text">
        {stopId ? t('stopNotFound', { id: stopId }) : t('notFoundText')}
      </p>
      <p class="not-found__other" lang={other}>
        {tOther('notFoundTitle')} —{' '}
        {stopId ? tOther('stopNotFound', { id: stopId }) : tOther('notFoundText')}
      </p>
      <a class="button button--primary" href="/">
        {t('notFoundHome')}
        <span class="not-found__home-other" lang={other}>
          {tOther('notFoundHome')}
        </span>
      </a>
    </div>
  );
}
