import { language, translator } from '../../i18n/index.ts';
import {
  behindSchedule,
  formatDuration,
  type GuideSession,
  plannedAtStop,
  plannedTotal,
  stopElapsed,
  tourElapsed,
} from './session.ts';
import { dispatch } from './session-store.ts';
import './strings.ts';
import { useNow } from './use-now.ts';
import './TimerStrip.css';

/**
 * Time at this stop against its planned minutes and tour time against the planned total, with a
 * calm amber state when over (never a flashing red: the group can see the tablet), and the
 * clock's start/pause/resume. Re-renders itself every second; the rest of the view does not.
 */
export function TimerStrip({ session }: { session: GuideSession }) {
  const now = useNow();
  const lang = language.value;
  const t = translator(lang);
  const paused = session.pausedAt !== null;
  const behind = behindSchedule(session, now);
  return (
    <section
      class={`timer-strip${paused ? ' timer-strip--paused' : ''}`}
      aria-label={t('guide:timing')}
    >
      <Timer
        label={t('guide:thisStop')}
        elapsed={stopElapsed(session, now)}
        planned={plannedAtStop(session)}
        kind="stop"
      />
      <Timer
        label={t('guide:tourTime')}
        elapsed={tourElapsed(session, now)}
        planned={plannedTotal(session)}
        kind="tour"
      />
      <p class="timer-strip__state">
        {!session.clockStarted
          ? t('guide:notStarted')
          : paused
            ? t('guide:paused')
            : behind >= 60_000
              ? t('guide:behind', { time: formatDuration(behind) })
              : ''}
      </p>
      <button
        type="button"
        class={`button ${session.clockStarted ? 'button--secondary' : 'button--primary'} timer-strip__toggle`}
        onClick={() => dispatch({ type: paused ? 'resume' : 'pause', now: Date.now() })}
      >
        <span aria-hidden="true" class="timer-strip__icon">
          {paused ? '▶' : '❚❚'}
        </span>
        {!session.clockStarted
          ? t('guide:startClock')
          : paused
            ? t('guide:resume')
            : t('guide:pause')}
      </button>
    </section>
  );
}

function Timer({
  label,
  elapsed,
  planned,
  kind,
}: {
  label: string;
  elapsed: number;
  planned: number;
  kind: 'stop' | 'tour';
}) {
  const t = translator(language.value);
  const over = elapsed > planned;
  return (
    <p class={`timer timer--${kind}${over ? ' timer--over' : ''}`}>
      <span class="timer__label">{label}</span>
      <span class="timer__figures">
        <span class="timer__elapsed">{formatDuration(elapsed)}</span>
        <span class="timer__planned"> / {formatDuration(planned)}</span>
      </span>
      {over && (
        <span class="timer__over">
          {t('guide:over', { time: formatDuration(elapsed - planned) })}
        </span>
      )}
    </p>
  );
}
