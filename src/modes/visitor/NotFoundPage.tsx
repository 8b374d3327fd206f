import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { language, translator } from '../../i18n/index.ts';
import { otherLanguages } from '../../i18n/languages.ts';
import './NotFoundPage.css';

/** Friendly, and in every language: a visitor who scanned an old sign may read any of them. */
export function NotFoundPage({ stopId }: { stopId?: string }) {
  const lang = language.value;
  const others = otherLanguages(lang);
  const t = translator(lang);
  useDocumentTitle(t('notFoundTitle'));
  return (
    <div class="not-found">
      <PageHeading>{t('notFoundTitle')}</PageHeading>
      <p class="not-found__text">
        {stopId ? t('stopNotFound', { id: stopId }) : t('notFoundText')}
      </p>
      {others.map((other) => {
        const tOther = translator(other);
        return (
          <p key={other} class="not-found__other" lang={other}>
            {tOther('notFoundTitle')} —{' '}
            {stopId ? tOther('stopNotFound', { id: stopId }) : tOther('notFoundText')}
          </p>
        );
      })}
      <a class="button button--primary" href="/">
        {t('notFoundHome')}
        {others.map((other) => (
          <span key={other} class="not-found__home-other" lang={other}>
            {translator(other)('notFoundHome')}
          </span>
        ))}
      </a>
    </div>
  );
}
