// The last attempt to apply an update, kept in sessionStorage for the tab: the attempt ends in a
// reload, and the new page must know whether it took (update-policy.ts, settleAttempt). What is
// read back is parsed: anything that does not fit is dropped, as if no attempt had been made.
import * as v from 'valibot';
import type { ApplyAttempt } from './update-policy.ts';

const KEY = 'sbc-tour.updateAttempt';

const attemptSchema = v.object({
  fromBuild: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
  failures: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  pending: v.nullable(v.picklist(['skip-waiting', 'reload'])),
  appliedAt: v.nullable(v.pipe(v.string(), v.isoTimestamp())),
});

export function loadAttempt(): ApplyAttempt | null {
  try {
    const parsed = v.safeParse(attemptSchema, JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.output : null;
  } catch {
    // Storage disabled or not JSON: no attempt known.
    return null;
  }
}

export function saveAttempt(attempt: ApplyAttempt | null): void {
  try {
    if (attempt) sessionStorage.setItem(KEY, JSON.stringify(attempt));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage disabled: the attempt is known to this page only.
  }
}
