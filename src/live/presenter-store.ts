// The guide's live share, kept with the guide's session on the tablet (localStorage): the join
// code, the presenter secret (it never leaves the tablet otherwise) and the last seq sent, so a
// reload, an app update or a restarted tour server carries on with the same code, and every move
// stays newer than the last one the room saw.
import * as v from 'valibot';
import { STORAGE_KEYS } from '../storage/keys.ts';
import { storedValue } from '../storage/stored-value.ts';
import { JoinCodeSchema, LIVE_LIMITS, SecretSchema } from './protocol.ts';

export interface LiveShare {
  code: string;
  secret: string;
  /** The seq of the last move sent (0 before the first). */
  seq: number;
  /** The guide session this share belongs to: another session never reuses it. */
  sessionId: string;
}

export const liveShareSchema: v.GenericSchema<unknown, LiveShare> = v.object({
  code: JoinCodeSchema,
  secret: SecretSchema,
  seq: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(LIVE_LIMITS.maxSeq)),
  sessionId: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/)),
});

export const storedLiveShare = storedValue<LiveShare | null>({
  key: STORAGE_KEYS.guideLive,
  schema: v.nullable(liveShareSchema),
  fallback: null,
});
