import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { findTour } from '../../content/index.ts';
import type { TourStop } from '../../content/types.ts';
import { language, translator } from '../../i18n/index.ts';
import { customOrder } from './custom-order.ts';
import { GuideHeader } from './GuideHeader.tsx';
import { Presenter } from './Presenter.tsx';
import { CUSTOM_TOUR_ID } from './session.ts';
import { dispatch, guideSession, startSession } from './session-store.ts';
import './strings.ts';
import { tourTitle } from './tour-title.ts';

function stopsOf(tourId: string): TourStop[] | undefined {
  return tourId === CUSTOM_TOUR_ID ? customOrder.value : findTour(tourId)?.stops;
}

/**
 * `/guide/<tourId>` (a bookmark on the tablet): presents that tour. With no tour running it
 * starts one at once, its clock not yet running; the running tour is resumed as it was; a
 * different running tour is never replaced without the guide saying so.
 */
export function PresenterPage() {
  const { params } = useRoute();
  const tourId = params.tourId;
  const session = guideSession.value;
  const stops = stopsOf(tourId);
  // Only on opening: if the tour is ended from another window, this one does not restart it.
  const [opened] = useState(() => guideSession.value === null);
  useEffect(() => {
    if (opened && guideSession.value === null && stops && stops.length > 0) {
      startSession(tourId, stops);
    }
  }, []);

  if (session && session.tourId === tourId) return <Presenter session={session} />;
  if (!stops) return <Message kind="unknown" tourId={tourId} />;
  if (stops.length === 0) return <Message kind="empty" tourId={tourId} />;
  if (session) return <Message kind="other" tourId={tourId} runningId={session.tourId} />;
  if (opened) return null; // starting (the effect above)
  return <Message kind="ended" tourId={tourId} />;
}

function Message({
  kind,
  tourId,
  runningId,
}: {
  kind: 'unknown' | 'empty' | 'other' | 'ended';
  tourId: string;
  runningId?: string;
}) {
  const lang = language.value;
  const t = translator(lang);
  const title = tourTitle(tourId);
  const heading = {
    unknown: t('guide:unknownTour', { id: tourId }),
    empty: t('guide:customEmptyPresent'),
    other: t('guide:otherRunningTitle'),
    ended: t('guide:endedTitle'),
  }[kind];
  useDocumentTitle(heading);
  const restart = () => {
    dispatch({ type: 'end' });
    const stops = stopsOf(tourId);
    if (stops && stops.length > 0) startSession(tourId, stops);
  };
  return (
    <>
      <GuideHeader />
      <main id="main" class="page guide-message">
        <PageHeading>{heading}</PageHeading>
        {kind === 'other' && runningId && (
          <p>{t('guide:otherRunningText', { running: tourTitle(runningId), tour: title })}</p>
        )}
        <div class="guide-message__actions">
          {kind === 'other' && runningId && (
            <>
              <a class="button button--primary" href={`/guide/${runningId}`}>
                {t('guide:continue')}
              </a>
              <button type="button" class="button button--secondary" onClick={restart}>
                {t('guide:endAndStart', { tour: title })}
              </button>
            </>
          )}
          {kind === 'ended' && (
            <button type="button" class="button button--primary" onClick={restart}>
              {t('guide:presentAgain', { tour: title })}
            </button>
          )}
          {kind === 'empty' ? (
            <a class="button button--primary" href="/guide">
              {t('guide:buildOrder')}
            </a>
          ) : (
            <a class="button button--secondary" href="/guide">
              {t('guide:backToTours')}
            </a>
          )}
        </div>
      </main>
    </>
  );
}
