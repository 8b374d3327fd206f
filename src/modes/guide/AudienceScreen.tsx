import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Logo } from '../../components/Logo.tsx';
import { site } from '../../content/index.ts';
import { findStopSummary } from '../../content/stops.ts';
import type { Language } from '../../content/types.ts';
import { useGlossary } from '../../content/use-glossary.ts';
import { useStop } from '../../content/use-stop.ts';
import { requestFullscreen } from '../../device/screen-device.ts';
import { useWakeLock } from '../../device/use-wake-lock.ts';
import { translator } from '../../i18n/index.ts';
import { languages } from '../../i18n/languages.ts';
import { AudienceStop } from './AudienceStop.tsx';
import { ALL_LANGUAGES, type GuideSession, shownLanguages } from './session.ts';
import { guideSession } from './session-store.ts';
import './strings.ts';
import { useFitToScreen } from './use-fit-to-screen.ts';
import { useTourPrefetch } from './use-tour-prefetch.ts';
import './AudienceScreen.css';

/**
 * `/guide/screen`: the current stop, full screen, for the group (a wall display or a second
 * window). No notes and no controls: it follows the presenter through the shared session, and
 * when opened late shows the current stop at once. The live wall screen (`/live/<code>?screen`)
 * passes `liveSession`, the guide's position received over the network, instead.
 */
export function AudienceScreen({ liveSession }: { liveSession?: GuideSession | null }) {
  const session = liveSession === undefined ? guideSession.value : liveSession;
  useWakeLock(true);
  const audience = session?.audience ?? ALL_LANGUAGES;
  const primary: Language = audience === ALL_LANGUAGES ? site.defaultLanguage : audience;
  useEffect(() => {
    document.documentElement.lang = primary;
    const names = languages.map((lang) => translator(lang)('guide:screenTitle'));
    document.title = `${names.join(' · ')} · ${site.name[primary]}`;
  }, [primary]);
  return (
    <div class="audience-screen">
      {/* A stop no longer in the content (a session saved by an older version): the name only. */}
      {session && findStopSummary(session.stops[session.index].stop) ? (
        <CurrentStop session={session} />
      ) : (
        <Waiting />
      )}
      <FullscreenButton />
    </div>
  );
}

function CurrentStop({ session }: { session: GuideSession }) {
  const entry = session.stops[session.index];
  const summary = findStopSummary(entry.stop);
  const state = useStop(entry.stop);
  const glossary = useGlossary();
  const main = useRef<HTMLElement>(null);
  useFitToScreen(main, [entry.stop, state.status, session.audience, session.layer, glossary]);
  useTourPrefetch(session);
  return (
    <>
      <header class="audience-band">
        <Logo size={48} />
        <p class="audience-band__name">
          {shownLanguages(session.audience).map((lang) => (
            <span key={lang} lang={lang}>
              {site.name[lang]}
            </span>
          ))}
        </p>
        <p class="audience-band__position" aria-hidden="true">
          {session.index + 1} / {session.stops.length}
        </p>
      </header>
      <main class="audience-screen__main" ref={main}>
        {summary && (
          <AudienceStop
            key={summary.id}
            summary={summary}
            stop={state.status === 'ready' ? state.stop : undefined}
            audience={session.audience}
            glossary={glossary}
            variant="screen"
            layer={session.layer}
          />
        )}
      </main>
    </>
  );
}

/** Before the guide starts (and after the tour): the center's name and a quiet line, in every language. */
function Waiting() {
  return (
    <main class="audience-waiting">
      <Logo size={120} />
      {languages.map((lang) => (
        <div key={lang} lang={lang} class="audience-waiting__block">
          <h1 class="audience-waiting__name">{site.name[lang]}</h1>
          <p class="audience-waiting__text">{translator(lang)('guide:waiting')}</p>
        </div>
      ))}
    </main>
  );
}

/**
 * A quiet corner button (browsers allow full screen only after a press). It fades out a few
 * seconds after the pointer last moved (or a key was pressed), so the group sees only the stop;
 * gone in full screen.
 */
function FullscreenButton() {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  const [shown, setShown] = useState(true);
  useEffect(() => {
    let timer = setTimeout(() => setShown(false), 8000);
    const wake = () => {
      setShown(true);
      clearTimeout(timer);
      timer = setTimeout(() => setShown(false), 4000);
    };
    const update = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    document.addEventListener('pointermove', wake);
    document.addEventListener('keydown', wake);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('fullscreenchange', update);
      document.removeEventListener('pointermove', wake);
      document.removeEventListener('keydown', wake);
    };
  }, []);
  if (full || !document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      class={`button button--quiet audience-fullscreen${shown ? '' : ' audience-fullscreen--hidden'}`}
      onClick={requestFullscreen}
    >
      {languages.map((lang, index) => (
        <Fragment key={lang}>
          {index > 0 && <span aria-hidden="true"> · </span>}
          <span lang={lang}>{translator(lang)('guide:fullscreen')}</span>
        </Fragment>
      ))}
    </button>
  );
}
