import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { StopBody } from '../../components/stop/StopBody.tsx';
import { accessText } from '../../components/stop/StopLocation.tsx';
import { TermDialog } from '../../components/TermDialog.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { site } from '../../content/index.ts';
import { findStopSummary } from '../../content/stops.ts';
import type { GlossaryTerm, Stop, StopSummary } from '../../content/types.ts';
import { useGlossary } from '../../content/use-glossary.ts';
import { useStop } from '../../content/use-stop.ts';
import { useWakeLock } from '../../device/use-wake-lock.ts';
import { language, translator } from '../../i18n/index.ts';
import { languageName, languages, otherLanguages } from '../../i18n/languages.ts';
import { AudienceStop } from './AudienceStop.tsx';
import { ConfirmDialog, GuideDialog } from './GuideDialog.tsx';
import { LiveShareButton, LiveSharePanel } from './LiveShare.tsx';
import { withOtherTermNames } from './other-term-names.ts';
import type { Move } from './presenter-input.ts';
import {
  ALL_LANGUAGES,
  AUDIENCE_LANGUAGES,
  type AudienceLanguage,
  formatDuration,
  type GuideSession,
  plannedTotal,
  shownLanguages,
  timeAtStops,
  tourElapsed,
} from './session.ts';
import { dispatch } from './session-store.ts';
import './strings.ts';
import { TimerStrip } from './TimerStrip.tsx';
import { tourTitle } from './tour-title.ts';
import { UpdateReady } from './UpdateReady.tsx';
import { usePresenterInput } from './use-presenter-input.ts';
import { useTourPrefetch } from './use-tour-prefetch.ts';
import './Presenter.css';

/**
 * The guide's presenter view: what the group sees (in the audience language), the guide's notes
 * (in the guide's own language), the timers, and large buttons at the bottom for one hand.
 */
export function Presenter({ session }: { session: GuideSession }) {
  const lang = language.value;
  const t = translator(lang);
  const { route } = useLocation();
  const [listOpen, setListOpen] = useState(false);
  const [endOpen, setEndOpen] = useState(false);
  const swipeArea = useRef<HTMLElement>(null);

  const entry = session.stops[session.index];
  const summary = findStopSummary(entry.stop);
  const state = useStop(entry.stop);
  const stop = state.status === 'ready' ? state.stop : undefined;
  const glossary = useGlossary();
  const nextEntry = session.stops[session.index + 1];
  const nextSummary = nextEntry ? findStopSummary(nextEntry.stop) : undefined;
  const isLast = session.index === session.stops.length - 1;
  useDocumentTitle(summary?.title[lang]);
  useWakeLock(true);
  useTourPrefetch(session);

  const move = (to: Move) => {
    const now = Date.now();
    if (to === 'next') dispatch({ type: 'next', now });
    else if (to === 'previous') dispatch({ type: 'previous', now });
    else dispatch({ type: 'jump', index: to === 'first' ? 0 : session.stops.length - 1, now });
  };
  usePresenterInput(swipeArea, move);

  // A new stop starts at its top.
  useEffect(() => window.scrollTo(0, 0), [session.index]);

  return (
    <div class="presenter">
      <header class="presenter-bar">
        <a class="presenter-bar__back" href="/guide">
          <span aria-hidden="true">← </span>
          {t('guide:backToTours')}
        </a>
        <p class="presenter-bar__tour">{tourTitle(session.tourId)}</p>
        <UpdateReady duringTour />
        <LiveShareButton />
        <LanguageSwitch />
        <AudiencePicker value={session.audience} />
      </header>
      <LiveSharePanel />
      <TimerStrip session={session} />

      <main id="main" class="presenter__main" ref={swipeArea}>
        <h1 class="visually-hidden">
          {t('stopOfTotal', { number: session.index + 1, total: session.stops.length })}:{' '}
          {summary?.title[lang] ?? entry.stop}
        </h1>
        <section class="presenter__stage" aria-label={t('guide:audienceView')}>
          {summary ? (
            <AudienceStop
              summary={summary}
              stop={stop}
              audience={session.audience}
              glossary={glossary}
              variant="preview"
              layer={session.layer}
            />
          ) : (
            <p class="presenter__missing">{t('guide:stopMissing')}</p>
          )}
          {state.status === 'failed' && (
            <p class="presenter__failed" role="alert">
              {t('loadFailed')}{' '}
              <button type="button" class="button button--secondary" onClick={state.retry}>
                {t('retry')}
              </button>
            </p>
          )}
          {stop?.depth && <DepthOnScreen on={session.layer === 'depth'} />}
          {stop && <VisitorText stop={stop} audience={session.audience} glossary={glossary} />}
        </section>

        {summary && <AccessReminder summary={summary} stop={stop} />}
        <aside class="presenter__notes" aria-label={t('guide:notes')}>
          {stop && <GuideNotes stop={stop} />}
          <section class="next-stop" aria-labelledby="next-stop-title">
            <h2 id="next-stop-title" class="notes-title">
              {t('guide:nextUp')}
            </h2>
            {nextEntry ? (
              <p class="next-stop__text">
                <span class="next-stop__title">{nextSummary?.title[lang] ?? nextEntry.stop}</span>
                <span class="next-stop__meta">
                  {t('minutesShort', { count: nextEntry.minutes })}
                  {nextSummary && (
                    <>
                      <span aria-hidden="true"> · </span>
                      {nextSummary.location.place[lang]}
                    </>
                  )}
                </span>
              </p>
            ) : (
              <p class="next-stop__text">{t('guide:lastStop')}</p>
            )}
          </section>
        </aside>
      </main>

      <nav class="presenter-nav" aria-label={t('guide:stopList')}>
        <button
          type="button"
          class="button button--secondary presenter-nav__previous"
          disabled={session.index === 0}
          onClick={() => move('previous')}
        >
          <span aria-hidden="true">←</span>
          <span class="presenter-nav__text">{t('previousStop')}</span>
        </button>
        <button
          type="button"
          class="button button--secondary presenter-nav__list"
          aria-haspopup="dialog"
          onClick={() => setListOpen(true)}
        >
          <span class="presenter-nav__text">{t('guide:stopListButton')}</span>
          <span class="presenter-nav__count">
            {session.index + 1}/{session.stops.length}
          </span>
        </button>
        {isLast ? (
          <button
            type="button"
            class="button button--primary presenter-nav__next"
            aria-haspopup="dialog"
            onClick={() => setEndOpen(true)}
          >
            {t('guide:finish')}
          </button>
        ) : (
          <button
            type="button"
            class="button button--primary presenter-nav__next"
            onClick={() => move('next')}
          >
            <span class="presenter-nav__label">
              {t('nextStop')}
              <span class="presenter-nav__next-title">
                {nextSummary?.title[lang] ?? nextEntry?.stop}
              </span>
            </span>
            <span aria-hidden="true">→</span>
          </button>
        )}
      </nav>

      <StopList
        session={session}
        open={listOpen}
        onClose={() => setListOpen(false)}
        onEnd={() => {
          setListOpen(false);
          setEndOpen(true);
        }}
      />
      <ConfirmDialog
        id="end-dialog"
        open={endOpen}
        title={t('guide:endTitle')}
        cancelLabel={t('guide:cancel')}
        confirmLabel={t('guide:endTour')}
        onCancel={() => setEndOpen(false)}
        onConfirm={() => {
          dispatch({ type: 'end' });
          route('/guide');
        }}
      >
        <p>{t('guide:endText')}</p>
        <p class="end-summary">
          {t('guide:endSummary', {
            elapsed: formatDuration(tourElapsed(session, Date.now())),
            planned: formatDuration(plannedTotal(session)),
          })}
        </p>
      </ConfirmDialog>
      <TermDialog />
    </div>
  );
}

/**
 * Which language the group sees, or all of them side by side ("Both" with two); independent of
 * the guide's own language. The options are the content's languages, each named in itself.
 */
function AudiencePicker({ value }: { value: AudienceLanguage }) {
  const t = translator(language.value);
  return (
    <fieldset class="audience-picker">
      <legend class="audience-picker__legend">{t('guide:audienceSees')}</legend>
      <div class="audience-picker__options">
        {AUDIENCE_LANGUAGES.map((option) => (
          <label key={option} class="audience-picker__option">
            <input
              type="radio"
              name="audience-language"
              value={option}
              checked={value === option}
              onChange={() => dispatch({ type: 'setAudienceLanguage', audience: option })}
            />
            {option === ALL_LANGUAGES ? (
              <span>{t(languages.length === 2 ? 'guide:audienceBoth' : 'guide:audienceAll')}</span>
            ) : (
              <span lang={option}>{languageName(option)}</span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Where the group stands and what it may do there: the first thing a guide must not forget. */
function AccessReminder({ summary, stop }: { summary: StopSummary; stop?: Stop }) {
  const lang = language.value;
  const t = translator(lang);
  const { access, place } = summary.location;
  const safety = stop?.guide.safety ?? [];
  return (
    <section
      class={`access-reminder access-reminder--${access}`}
      aria-labelledby="access-reminder-title"
    >
      <h2 id="access-reminder-title" class="access-reminder__title">
        <span class="access-reminder__icon" aria-hidden="true">
          {access === 'enter' ? '✓' : '!'}
        </span>
        {accessText(summary.location, lang)}
      </h2>
      <p class="access-reminder__place">{place[lang]}</p>
      {safety.length > 0 && (
        <>
          <h3 class="visually-hidden">{t('guide:safety')}</h3>
          <ul class="access-reminder__list">
            {safety.map((item) => (
              <li key={item[lang]}>{item[lang]}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Puts the stop's in-depth text on the audience screen, or takes it off (until the next stop). */
function DepthOnScreen({ on }: { on: boolean }) {
  const t = translator(language.value);
  return (
    <button
      type="button"
      class="button button--secondary depth-on-screen"
      aria-pressed={on}
      onClick={() => dispatch({ type: 'setLayer', layer: on ? 'overview' : 'depth' })}
    >
      <span class="depth-on-screen__box" aria-hidden="true">
        {on ? '✓' : ''}
      </span>
      {t('guide:depthOnScreen')}
    </button>
  );
}

/** The content's guide notes, in the guide's own language, then the stop's in-depth text. */
function GuideNotes({ stop }: { stop: Stop }) {
  const lang = language.value;
  const t = translator(lang);
  const { talkingPoints, pointOut, questions } = stop.guide;
  return (
    <>
      {talkingPoints.length > 0 && (
        <section class="notes-section" aria-labelledby="notes-talking">
          <h2 id="notes-talking" class="notes-title">
            {t('guide:talkingPoints')}
          </h2>
          <ul class="notes-list">
            {talkingPoints.map((item) => (
              <li key={item[lang]}>{item[lang]}</li>
            ))}
          </ul>
        </section>
      )}
      {pointOut.length > 0 && (
        <section class="notes-section" aria-labelledby="notes-point-out">
          <h2 id="notes-point-out" class="notes-title">
            {t('guide:pointOut')}
          </h2>
          <ul class="notes-list notes-list--point">
            {pointOut.map((item) => (
              <li key={item[lang]}>{item[lang]}</li>
            ))}
          </ul>
        </section>
      )}
      {questions.length > 0 && (
        <section class="notes-section" aria-labelledby="notes-questions">
          <h2 id="notes-questions" class="notes-title">
            {t('guide:questions')}
          </h2>
          {questions.map((item) => (
            // Keyed by one language, so an open answer stays open when the guide switches language.
            <details key={item.q[site.defaultLanguage]} class="notes-question">
              <summary>{item.q[lang]}</summary>
              <p>{item.a[lang]}</p>
            </details>
          ))}
        </section>
      )}
      {stop.depth && (
        // Collapsed: it is long, and the guide reaches for it only when a specialist asks.
        <details class="notes-section notes-depth">
          <summary class="notes-title notes-depth__summary">{t('guide:depthNotes')}</summary>
          <StopBody html={stop.depth.body[lang]} lang={lang} class="notes-depth__text" />
        </details>
      )}
    </>
  );
}

/** The stop's full text as visitors read it, in the audience language(s), for the guide to read from. */
function VisitorText({
  stop,
  audience,
  glossary,
}: {
  stop: Stop;
  audience: AudienceLanguage;
  glossary?: ReadonlyMap<string, GlossaryTerm>;
}) {
  const t = translator(language.value);
  const languages = shownLanguages(audience);
  const bodies = useMemo(
    () =>
      languages.map((lang) => ({
        lang,
        html:
          audience === ALL_LANGUAGES && glossary
            ? withOtherTermNames(stop.body[lang], lang, otherLanguages(lang), glossary)
            : stop.body[lang],
      })),
    [stop, audience, glossary],
  );
  return (
    <details class="visitor-text">
      <summary>{t('guide:visitorText')}</summary>
      <div class="visitor-text__bodies">
        {bodies.map(({ lang, html }) => (
          <StopBody key={lang} html={html} lang={lang} class="visitor-text__body" />
        ))}
      </div>
    </details>
  );
}

/** Every stop of this visit, to jump to any of them: planned minutes and time spent so far. */
function StopList({
  session,
  open,
  onClose,
  onEnd,
}: {
  session: GuideSession;
  open: boolean;
  onClose: () => void;
  onEnd: () => void;
}) {
  const lang = language.value;
  const t = translator(lang);
  const spent = timeAtStops(session, Date.now());
  return (
    <GuideDialog
      id="stop-list"
      open={open}
      onClose={onClose}
      title={t('guide:stopList')}
      class="stop-list-dialog"
    >
      <ol class="stop-list">
        {session.stops.map((entry, index) => {
          const current = index === session.index;
          return (
            <li key={entry.stop}>
              <button
                type="button"
                class={`stop-list__item${current ? ' stop-list__item--current' : ''}`}
                aria-current={current ? 'step' : undefined}
                onClick={() => {
                  dispatch({ type: 'jump', index, now: Date.now() });
                  onClose();
                }}
              >
                <span class="number-badge" aria-hidden="true">
                  {index + 1}
                </span>
                <span class="stop-list__title">
                  {findStopSummary(entry.stop)?.title[lang] ?? entry.stop}
                </span>
                <span class="stop-list__meta">
                  {spent[index] > 0 && <>{formatDuration(spent[index])} / </>}
                  {t('minutesShort', { count: entry.minutes })}
                  {current && <span class="stop-list__current"> · {t('guide:current')}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <div class="guide-dialog__actions">
        <button type="button" class="button button--secondary" onClick={onEnd}>
          {t('guide:endTour')}
        </button>
        <button type="button" class="button button--primary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </GuideDialog>
  );
}
