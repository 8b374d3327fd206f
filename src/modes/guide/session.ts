// A guide's tour session as plain data: a pure reducer and timer arithmetic, no side effects.
// Time is kept as timestamps (ms since the epoch), never as running counters, so a reload, a
// sleeping tablet or an app update neither loses nor double counts a second: every figure is
// computed from the timestamps and the current time.
import type { Language, StopLayer, TourStop } from '../../content/types.ts';
import { languages } from '../../i18n/languages.ts';

/** All the languages at once, side by side (or stacked): 'both', as sessions saved before were. */
export const ALL_LANGUAGES = 'both';

/** What the group sees: one language, or all of them at once. */
export type AudienceLanguage = Language | typeof ALL_LANGUAGES;

/** The guide's choices, in the order of the content's languages, then all of them. */
export const AUDIENCE_LANGUAGES: readonly AudienceLanguage[] = [...languages, ALL_LANGUAGES];

/** The languages the group sees for an audience choice. */
export function shownLanguages(audience: AudienceLanguage): readonly Language[] {
  return audience === ALL_LANGUAGES ? languages : [audience];
}

/** The tour id of a session built from the guide's own order of stops. */
export const CUSTOM_TOUR_ID = 'custom';

export interface GuideSession {
  /** Unique per session, so a new session is never mistaken for an old one. */
  id: string;
  /** The tour presented, or CUSTOM_TOUR_ID for the guide's own order. */
  tourId: string;
  /** The stops of this visit, in order, with their planned minutes. */
  stops: TourStop[];
  /** Index into `stops` of the stop being presented. */
  index: number;
  audience: AudienceLanguage;
  /**
   * What the audience screen shows of the current stop: its overview (the default, also for a
   * session saved before this existed) or its in-depth text. Each new stop starts at the overview.
   */
  layer?: StopLayer;
  /** When the session was started (the clock starts paused: see `clockStarted`). */
  startedAt: number;
  /** When the current pause began; null while the clock runs. */
  pausedAt: number | null;
  /** Total length of the pauses that have ended. */
  pausedTotal: number;
  /** False until the guide first starts the clock: the tablet is often set up before the group arrives. */
  clockStarted: boolean;
  /** Running time already spent at each stop, before its current visit (a stop can be revisited). */
  spent: number[];
  /** Running tour time at which the current stop was entered. */
  enteredAt: number;
}

export type SessionAction =
  | {
      type: 'start';
      id: string;
      tourId: string;
      stops: TourStop[];
      audience: AudienceLanguage;
      now: number;
    }
  | { type: 'next'; now: number }
  | { type: 'previous'; now: number }
  | { type: 'jump'; index: number; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'setAudienceLanguage'; audience: AudienceLanguage }
  | { type: 'setLayer'; layer: StopLayer }
  | { type: 'end' };

/** Running tour time: wall time since the start, less every pause (the current one included). */
export function tourElapsed(session: GuideSession, now: number): number {
  const until = session.pausedAt ?? now;
  // Clamped: a device clock set back must not show negative time.
  return Math.max(0, until - session.startedAt - session.pausedTotal);
}

/** Running time spent at the current stop, including earlier visits to it. */
export function stopElapsed(session: GuideSession, now: number): number {
  const thisVisit = Math.max(0, tourElapsed(session, now) - session.enteredAt);
  return (session.spent[session.index] ?? 0) + thisVisit;
}

/** Running time spent at each stop (the current one up to now). */
export function timeAtStops(session: GuideSession, now: number): number[] {
  return session.stops.map((_, index) =>
    index === session.index ? stopElapsed(session, now) : (session.spent[index] ?? 0),
  );
}

export function plannedTotal(session: GuideSession): number {
  return session.stops.reduce((total, entry) => total + entry.minutes * 60_000, 0);
}

export function plannedAtStop(session: GuideSession): number {
  return (session.stops[session.index]?.minutes ?? 0) * 60_000;
}

/**
 * How far behind the plan the tour is, in ms (0 when on time): the running time beyond the
 * planned minutes of every stop up to and including the current one.
 */
export function behindSchedule(session: GuideSession, now: number): number {
  const plannedUntilHere = session.stops
    .slice(0, session.index + 1)
    .reduce((total, entry) => total + entry.minutes * 60_000, 0);
  return Math.max(0, tourElapsed(session, now) - plannedUntilHere);
}

/** Moves to another stop, banking the time spent at the one being left. */
function moveTo(session: GuideSession, index: number, now: number): GuideSession {
  if (index === session.index || index < 0 || index >= session.stops.length) return session;
  const elapsed = tourElapsed(session, now);
  const spent = session.stops.map((_, i) => session.spent[i] ?? 0);
  spent[session.index] = stopElapsed(session, now);
  return { ...session, index, spent, enteredAt: elapsed, layer: 'overview' };
}

/** The whole session logic: returns the next state (the same object when nothing changes). */
export function reduceSession(
  session: GuideSession | null,
  action: SessionAction,
): GuideSession | null {
  if (action.type === 'start') {
    if (action.stops.length === 0) return session;
    return {
      id: action.id,
      tourId: action.tourId,
      stops: action.stops.map(({ stop, minutes }) => ({ stop, minutes })),
      index: 0,
      audience: action.audience,
      layer: 'overview',
      startedAt: action.now,
      pausedAt: action.now,
      pausedTotal: 0,
      clockStarted: false,
      spent: action.stops.map(() => 0),
      enteredAt: 0,
    };
  }
  if (!session) return null;
  switch (action.type) {
    case 'next':
      return moveTo(session, session.index + 1, action.now);
    case 'previous':
      return moveTo(session, session.index - 1, action.now);
    case 'jump':
      return moveTo(session, action.index, action.now);
    case 'pause':
      if (session.pausedAt !== null) return session;
      return { ...session, pausedAt: Math.max(action.now, session.startedAt) };
    case 'resume': {
      if (session.pausedAt === null) return session;
      const paused = Math.max(0, action.now - session.pausedAt);
      return {
        ...session,
        pausedAt: null,
        pausedTotal: session.pausedTotal + paused,
        clockStarted: true,
      };
    }
    case 'setAudienceLanguage':
      if (session.audience === action.audience) return session;
      return { ...session, audience: action.audience };
    case 'setLayer':
      if ((session.layer ?? 'overview') === action.layer) return session;
      return { ...session, layer: action.layer };
    case 'end':
      return null;
  }
}

/** `m:ss`, or `h:mm:ss` from an hour on (ms rounded down to whole seconds). */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}
