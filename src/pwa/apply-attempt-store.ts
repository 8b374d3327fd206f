// The last attempt to apply an update, kept in sessionStorage for the tab: the attempt ends in a
// reload, and the new page must know whether it took (update-policy.ts, settleAttempt). What is
// read back is parsed: anything that does not fit is dropped, as if no attempt had been made.
import * as v from 'valibot';
import { SESSION_KEYS } from '../storage/keys.ts';
import { storedValue } from '../storage/stored-value.ts';
import type { ApplyAttempt } from './update-policy.ts';

const attemptSchema = v.nullable(
  v.object({
    fromBuild: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
    failures: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    pending: v.nullable(v.picklist(['skip-waiting', 'reload'])),
    appliedAt: v.nullable(v.pipe(v.string(), v.isoTimestamp())),
  }),
);

const stored = storedValue<ApplyAttempt | null>({
  key: SESSION_KEYS.updateAttempt,
  schema: attemptSchema,
  fallback: null,
  area: 'session',
});

export function loadAttempt(): ApplyAttempt | null {
  return stored.load();
}

export function saveAttempt(attempt: ApplyAttempt | null): void {
  if (attempt) stored.save(attempt);
  else stored.remove();
}
