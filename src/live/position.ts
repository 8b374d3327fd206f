// The guide session (src/modes/guide/session.ts) as the position that travels, and back. Only the
// position: which tour and stops, which stop now, the audience language, the clock, the content
// version. Fields added to both later (e.g. a layer) pass through unchanged.
import { languages } from '../i18n/languages.ts';
import { ALL_LANGUAGES, type AudienceLanguage, type GuideSession } from '../modes/guide/session.ts';
import type { LivePosition } from './protocol.ts';

/** What a move carries for `session` (the seq is the caller's: one higher than the last). */
export function positionOf(
  session: GuideSession,
  seq: number,
  contentVersion: string,
): LivePosition {
  const { id, startedAt, pausedAt, pausedTotal, clockStarted, enteredAt, spent, ...shared } =
    session;
  return {
    ...shared,
    stops: session.stops.map(({ stop, minutes }) => ({ stop, minutes })),
    sessionId: id,
    clock: { startedAt, pausedAt, pausedTotal, clockStarted, enteredAt },
    contentVersion,
    seq,
  };
}

/** The same position without its seq: two moves that differ only in seq are one move. */
export function positionKey(position: LivePosition): string {
  const { seq: _seq, ...rest } = position;
  return JSON.stringify(rest);
}

/**
 * A received position as a session the audience screen can show. A language this app does not
 * have becomes "all languages side by side": the group still reads something.
 */
export function sessionOf(position: LivePosition): GuideSession {
  const { sessionId, clock, contentVersion: _version, seq: _seq, ...shared } = position;
  const audience: AudienceLanguage =
    position.audience === ALL_LANGUAGES || languages.includes(position.audience as never)
      ? (position.audience as AudienceLanguage)
      : ALL_LANGUAGES;
  return {
    ...shared,
    id: sessionId,
    audience,
    ...clock,
    spent: position.stops.map(() => 0),
  };
}
