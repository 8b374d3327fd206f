import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { LazyTermDialog } from '../../components/LazyTermDialog.tsx';
import { SiteHeader } from '../../components/SiteHeader.tsx';
import { StopDetail } from '../../components/stop/StopDetail.tsx';
import { StopLocation } from '../../components/stop/StopLocation.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { findTour } from '../../content/index.ts';
import { findStopSummary, loadStop } from '../../content/stops.ts';
import { useStop } from '../../content/use-stop.ts';
import { language, translator } from '../../i18n/index.ts';
import {
  awayFromGuide,
  backToGuide,
  type FollowState,
  guideMoved,
  NOT_STARTED,
  readerViews,
} from '../../live/follow.ts';
import type { FollowerLink } from '../../live/follower-link.ts';
import type { LivePosition } from '../../live/protocol.ts';
import { buildInfo } from '../../pwa/build-info.ts';
import { UpdateBanner } from '../../pwa/UpdateBanner.tsx';
import './LiveApp.css';

/** Scrolled less than this, the reader is "at the top": the page may move with the guide. */
const TOP_SLACK_PX = 48;

/**
 * A delegate's phone: the stop the guide presents, drawn from this phone's own content in its
 * reader's language (the usual switch), with its body, key facts, figures and glossary terms. It
 * moves with the guide unless the reader is busy elsewhere (see src/live/follow.ts).
 */
export function FollowerPage({ link }: { link: FollowerLink }) {
  const lang = language.value;
  const t = translator(lang);
  const position = link.position.value;
  const status = link.status.value;
  const [follow, setFollow] = useState<FollowState>(NOT_STARTED);
  const [announcement, setAnnouncement] = useState('');

  const guideIndex = position?.index ?? null;
  useLayoutEffect(() => {
    if (guideIndex === null) return;
    setFollow((state) => guideMoved(state, guideIndex, window.scrollY < TOP_SLACK_PX));
  }, [guideIndex]);

  const viewing = position && follow.viewing !== null ? follow.viewing : null;
  const away = awayFromGuide(follow);
  const guideTitle = position ? titleAt(position, position.index, lang) : '';
  // Told politely, never by moving focus: "Now: …" when the page moved, else where the guide went.
  useEffect(() => {
    if (!position || follow.guide === null) return;
    setAnnouncement(
      follow.movedOn
        ? t('live:movedOn', { title: guideTitle })
        : t('live:now', { title: titleAt(position, follow.viewing ?? 0, lang) }),
    );
  }, [follow.viewing, follow.guide, follow.movedOn]);
  // A stop shown afresh starts at its top.
  useEffect(() => {
    if (viewing !== null) window.scrollTo(0, 0);
  }, [viewing]);

  const otherVersion = position && position.contentVersion !== buildInfo.contentVersion;
  const view = (index: number) => setFollow((state) => readerViews(state, index));

  return (
    <>
      <SiteHeader>
        <div class={`live-status live-status--${status}`} role="status">
          {status === 'live' && (
            <p class="live-status__text">
              <span class="live-status__dot" aria-hidden="true" />
              {t('live:following')}
            </p>
          )}
          {(status === 'reconnecting' || status === 'connecting') && (
            <p class="live-status__text">{t('live:reconnecting')}</p>
          )}
          {status === 'waiting' && <p class="live-status__text">{t('live:waitingTitle')}</p>}
        </div>
        {away && position && (
          <div class="live-away">
            {follow.movedOn && (
              <p class="live-away__text">{t('live:movedOn', { title: guideTitle })}</p>
            )}
            <button
              type="button"
              class="button button--primary live-away__back"
              onClick={() => setFollow(backToGuide)}
            >
              {t('live:backToGuide')}
            </button>
          </div>
        )}
        <UpdateBanner />
      </SiteHeader>
      <p class="visually-hidden live-announcer" aria-live="polite">
        {announcement}
      </p>
      <main id="main" class="page live-follower">
        {otherVersion && <p class="live-follower__version">{t('live:otherVersion')}</p>}
        {position && viewing !== null ? (
          <FollowedStop
            position={position}
            index={viewing}
            isGuideStop={viewing === position.index}
            onView={view}
          />
        ) : (
          <Waiting />
        )}
      </main>
      <LazyTermDialog />
    </>
  );
}

function titleAt(position: LivePosition, index: number, lang: string): string {
  const id = position.stops[index]?.stop ?? '';
  return findStopSummary(id)?.title[lang as never] ?? id;
}

function Waiting() {
  const t = translator(language.value);
  useDocumentTitle(t('live:waitingTitle'));
  return (
    <div class="live-waiting">
      <h1>{t('live:waitingTitle')}</h1>
      <p>{t('live:waitingText')}</p>
    </div>
  );
}

function FollowedStop({
  position,
  index,
  isGuideStop,
  onView,
}: {
  position: LivePosition;
  index: number;
  isGuideStop: boolean;
  onView: (index: number) => void;
}) {
  const lang = language.value;
  const t = translator(lang);
  const entry = position.stops[index];
  const summary = findStopSummary(entry.stop);
  const state = useStop(entry.stop);
  useDocumentTitle(summary?.title[lang] ?? entry.stop);
  const total = position.stops.length;
  const tour = findTour(position.tourId);
  // Every stop of the guide's tour, loaded at once: reading ahead in a basement without signal.
  useEffect(() => {
    for (const { stop } of position.stops) void loadStop(stop)?.catch(() => undefined);
  }, [position.sessionId]);
  return (
    <article class="live-stop" data-stop={entry.stop} data-guide-stop={isGuideStop}>
      <p class="live-stop__position">
        {tour && (
          <>
            <span>{tour.title[lang]}</span>
            <span aria-hidden="true"> · </span>
          </>
        )}
        <span>{t('live:stopOfTour', { number: index + 1, total })}</span>
      </p>
      {summary ? (
        <>
          <h1 class="live-stop__title">{summary.title[lang]}</h1>
          <p class="live-stop__summary">{summary.summary[lang]}</p>
          <StopLocation location={summary.location} lang={lang} size="page" />
          {/* The phone's own choice of overview or in depth, as on the visitor's stop page. */}
          <StopDetail state={state} lang={lang} />
        </>
      ) : (
        // Another content version: the guide's stop is not in this app.
        <h1 class="live-stop__title">{t('live:stopNotHere', { id: entry.stop })}</h1>
      )}
      <nav
        class="action-bar live-stop__nav"
        aria-label={t('live:stopOfTour', { number: index + 1, total })}
      >
        <button
          type="button"
          class="button button--secondary"
          disabled={index === 0}
          onClick={() => onView(index - 1)}
        >
          <span aria-hidden="true">← </span>
          {t('live:readPrevious')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={index === total - 1}
          onClick={() => onView(index + 1)}
        >
          {t('live:readNext')}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>
    </article>
  );
}
