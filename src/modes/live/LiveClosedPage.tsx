import { SiteHeader } from '../../components/SiteHeader.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { findTour } from '../../content/index.ts';
import { language, translator } from '../../i18n/index.ts';
import { otherLanguages } from '../../i18n/languages.ts';
import '../../live/strings.ts';
import { UpdateBanner } from '../../pwa/UpdateBanner.tsx';
import './LiveApp.css';

type ClosedKind = 'ended' | 'unknown' | 'full' | 'busy';

const TEXTS: Record<ClosedKind, { title: string; text: string }> = {
  ended: { title: 'live:endedTitle', text: 'live:endedText' },
  unknown: { title: 'live:unknownTitle', text: 'live:unknownText' },
  full: { title: 'live:fullTitle', text: 'live:fullText' },
  busy: { title: 'live:busyTitle', text: 'live:busyText' },
};

/**
 * No live tour to follow here (unknown or ended code, a full tour, too many attempts): said in
 * every language at once, each in its own `lang` (whoever scanned the code may read any of
 * them), with the way to the self-guided tour.
 */
export function LiveClosedPage({ kind, tourId }: { kind: ClosedKind; tourId?: string }) {
  const lang = language.value;
  const t = translator(lang);
  const { title, text } = TEXTS[kind];
  useDocumentTitle(t(title));
  // The guide's tour if this app has it, else the home page with every tour.
  const selfGuided = tourId && findTour(tourId) ? `/tours/${tourId}` : '/';
  return (
    <>
      <SiteHeader>
        <UpdateBanner />
      </SiteHeader>
      <main id="main" class="page live-closed" data-live={kind}>
        <h1>{t(title)}</h1>
        <p class="live-closed__text">{t(text)}</p>
        {otherLanguages(lang).map((other) => {
          const tOther = translator(other);
          return (
            <div key={other} class="live-closed__other" lang={other}>
              <p class="live-closed__other-title">{tOther(title)}</p>
              <p>{tOther(text)}</p>
            </div>
          );
        })}
        <a class="button button--primary live-closed__link" href={selfGuided}>
          <span>{t('live:selfGuided')}</span>
          {otherLanguages(lang).map((other) => (
            <span key={other} class="live-closed__link-other" lang={other}>
              {translator(other)('live:selfGuided')}
            </span>
          ))}
        </a>
      </main>
    </>
  );
}
