// When a waiting app update shows itself and when it is applied, per mode. Pure: no browser APIs,
// so every rule is unit-tested (test/src/pwa/update-policy.test.ts). In the main bundle: keep it
// small; the rules for checking (update-checks.ts) load with the service worker bridge.
import type { UpdateMode } from './update-state.ts';

/**
 * The moment the question is asked:
 *   showing     the app is on screen, maybe in use: nothing may change under the user
 *   accepted    a person chose to update now (the visitor's banner, the guide, the staff panel)
 *   idle-reset  the kiosk went back to its start screen: nobody is using it
 */
export type UpdateMoment = 'showing' | 'accepted' | 'idle-reset';

/** What to do: nothing, show the visitor's banner, show the guide's discreet indicator, or apply. */
export type UpdateDecision = 'none' | 'banner' | 'indicator' | 'apply';

export function decideUpdate(
  mode: UpdateMode,
  waiting: boolean,
  moment: UpdateMoment,
): UpdateDecision {
  if (!waiting) return 'none';
  if (moment === 'accepted') return 'apply';
  switch (mode) {
    case 'visitor':
      return 'banner';
    case 'guide':
      return 'indicator';
    case 'kiosk':
      // Invisible on the kiosk: a visitor never sees a prompt; the next idle reset applies it.
      return moment === 'idle-reset' ? 'apply' : 'none';
    case 'live':
      // Following a live tour: no banner to tap by mistake, no reload under the reader; the
      // update shows (as the visitor's banner) once the tour is over.
      return 'none';
  }
}

// Applying a waiting update can fail: the browser activates the new worker only once the old one
// has no pending events (Service Workers, "Try Activate"), so a slow request it is still serving
// holds the takeover back. The page checks that the new worker took control within a bound and,
// if not, tries again at the next chance (the kiosk's next idle reset).

/** How long a waiting worker has to take control after SKIP_WAITING before the attempt failed. */
export const TAKEOVER_TIMEOUT_MS = 5000;
/** Every third attempt reloads the page instead of asking again. */
export const RELOAD_EVERY = 3;

/** How an attempt applies the update: ask the waiting worker to take over, or reload the page. */
export type ApplyStep = 'skip-waiting' | 'reload';

/**
 * The step for the next attempt, after `failures` attempts that did not take. A reload helps
 * when asking did not: the page's unload makes the browser try the activation again (the
 * worker's skip-waiting flag stays set), and the new page starts the service worker bridge afresh.
 */
export function nextApplyStep(failures: number): ApplyStep {
  return failures % RELOAD_EVERY === RELOAD_EVERY - 1 ? 'reload' : 'skip-waiting';
}

/** The last attempt to apply an update, kept for the tab so it survives the reload it causes. */
export interface ApplyAttempt {
  /** The build that asked for the update. */
  fromBuild: string;
  /** Attempts from that build that did not take. */
  failures: number;
  /** The step under way when the page went away; null once it ended. */
  pending: ApplyStep | null;
  /** When the update took effect (ISO time); null until then. */
  appliedAt: string | null;
}

/**
 * What a page starting up makes of the attempt it finds: if it runs another build than the one
 * that asked, the update was applied; if it runs the same build, a step under way did not take.
 */
export function settleAttempt(
  attempt: ApplyAttempt | null,
  runningBuild: string,
  now: string,
): ApplyAttempt | null {
  if (!attempt) return null;
  if (attempt.fromBuild !== runningBuild) {
    return { ...attempt, pending: null, appliedAt: attempt.appliedAt ?? now };
  }
  if (attempt.pending) return { ...attempt, pending: null, failures: attempt.failures + 1 };
  return attempt;
}

/** A new attempt from the running build (a new update starts with no failures). */
export function startAttempt(
  previous: ApplyAttempt | null,
  runningBuild: string,
  step: ApplyStep,
): ApplyAttempt {
  const failures = previous?.fromBuild === runningBuild ? previous.failures : 0;
  return { fromBuild: runningBuild, failures, pending: step, appliedAt: null };
}

/** The failures so far of the running build (the count `nextApplyStep` takes). */
export function failuresOf(attempt: ApplyAttempt | null, runningBuild: string): number {
  return attempt?.fromBuild === runningBuild ? attempt.failures : 0;
}

/**
 * What the staff panel says about updates:
 *   none      nothing waits
 *   pending   one waits; the kiosk applies it at the next idle reset
 *   applying  the new worker was asked to take over
 *   retrying  an attempt did not take; the next reset tries again
 *   applied   this page runs the update an earlier attempt applied
 */
export type UpdateStatus = 'none' | 'pending' | 'applying' | 'retrying' | 'applied';

export function updateStatus(
  waiting: boolean,
  attempt: ApplyAttempt | null,
  runningBuild: string,
): UpdateStatus {
  const ours = attempt?.fromBuild === runningBuild ? attempt : null;
  if (ours?.pending) return 'applying';
  if (waiting) return ours && ours.failures > 0 ? 'retrying' : 'pending';
  return attempt && !ours && attempt.appliedAt ? 'applied' : 'none';
}
