// How a guide session is read back from storage or from another window. Whatever comes in was
// written by another app version or by anyone with the developer tools: it is checked, and its
// numbers are clamped, so the timers can never show "Infinity:NaN:NaN" or a 293-digit tour time.
import * as v from 'valibot';
import { MAX_STOPS } from '../../storage/limits.ts';
import { clamped, recentTime, stopMinutes, storedId } from '../../storage/schema-parts.ts';
import { AUDIENCE_LANGUAGES, type GuideSession } from './session.ts';

const DAY = 86_400_000;
/** A session started longer ago than this is a clock error, not a tour. */
const OLDEST = 7 * DAY;
/** The device clock may have been slow when the session was saved. */
const AHEAD = DAY;
/** No running time or pause lasts longer than a session can. */
const duration = clamped(0, OLDEST + AHEAD);

export const sessionSchema: v.GenericSchema<unknown, GuideSession> = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/)),
    tourId: storedId,
    stops: v.pipe(
      v.array(v.object({ stop: storedId, minutes: stopMinutes })),
      v.minLength(1),
      v.maxLength(MAX_STOPS),
    ),
    index: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    audience: v.picklist(AUDIENCE_LANGUAGES),
    // Sessions saved before the in-depth layer existed show the overview; so does a bad value
    // (it is not worth losing the tour in progress over).
    layer: v.optional(v.fallback(v.picklist(['overview', 'depth']), 'overview'), 'overview'),
    startedAt: recentTime(OLDEST, AHEAD),
    pausedAt: v.nullable(recentTime(OLDEST, AHEAD)),
    pausedTotal: duration,
    clockStarted: v.boolean(),
    spent: v.array(duration),
    enteredAt: duration,
  }),
  v.check((s) => s.index < s.stops.length && s.spent.length === s.stops.length),
);

/** What is stored and broadcast: the session (null: none) and the revision that orders changes. */
export interface StoredSession {
  revision: number;
  session: GuideSession | null;
}

export const storedSessionSchema: v.GenericSchema<unknown, StoredSession> = v.object({
  // Revisions are times (session-store.ts): one far ahead would freeze every later change.
  revision: v.pipe(
    v.number(),
    v.finite(),
    v.transform((n) => Math.min(Date.now() + AHEAD, Math.max(0, n))),
  ),
  session: v.nullable(sessionSchema),
});

/** A stored session, or null when it is missing or not of this shape. */
export function parseSession(value: unknown): GuideSession | null {
  const result = v.safeParse(sessionSchema, value);
  return result.success ? result.output : null;
}

/** A message from another window, or null when it is not one of ours. */
export function parseStoredSession(value: unknown): StoredSession | null {
  const result = v.safeParse(storedSessionSchema, value);
  return result.success ? result.output : null;
}
