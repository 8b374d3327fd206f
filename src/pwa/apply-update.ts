// Applies a waiting update and checks that it took: the waiting worker is asked to take over
// (SKIP_WAITING); if it has not taken control within TAKEOVER_TIMEOUT_MS the attempt counts as
// failed and the next one (the kiosk's next idle reset) tries again, every third time by
// reloading (update-policy.ts). The attempt is kept for the tab across the reload it ends in.
import { saveAttempt } from './apply-attempt-store.ts';
import { buildInfo } from './build-info.ts';
import { SKIP_WAITING } from './sw-messages.ts';
import {
  type ApplyAttempt,
  failuresOf,
  nextApplyStep,
  startAttempt,
  TAKEOVER_TIMEOUT_MS,
} from './update-policy.ts';
import { type MayReload, updateAttempt } from './update-state.ts';

function record(attempt: ApplyAttempt): void {
  updateAttempt.value = attempt;
  saveAttempt(attempt);
}

/** Resolves true at the page's next controller change, false after `timeoutMs` without one. */
function controllerChange(timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (changed: boolean) => {
      clearTimeout(timer);
      navigator.serviceWorker.removeEventListener('controllerchange', onChange);
      resolve(changed);
    };
    const onChange = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    navigator.serviceWorker.addEventListener('controllerchange', onChange);
  });
}

export async function applyUpdate(
  registration: ServiceWorkerRegistration,
  mayReload: MayReload,
): Promise<void> {
  const running = buildInfo.buildId;
  // Read now, not from an earlier event: the worker waiting at this moment is the one to ask.
  const waiting = registration.waiting;
  // Nothing waits although an update was reported: the new version already controls this page
  // (applied in another tab, or a takeover that came late), and a reload shows it.
  const step = waiting ? nextApplyStep(failuresOf(updateAttempt.value, running)) : 'reload';
  const attempt = startAttempt(updateAttempt.value, running, step);
  record(attempt);
  if (!waiting || step === 'reload') {
    location.reload();
    return;
  }
  const tookControl = controllerChange(TAKEOVER_TIMEOUT_MS);
  waiting.postMessage(SKIP_WAITING);
  if (!(await tookControl)) {
    record({ ...attempt, pending: null, failures: attempt.failures + 1 });
  } else if (mayReload()) {
    location.reload();
  } else {
    // Someone began using the kiosk meanwhile: the new version shows at the next reset (a reload).
    record({ ...attempt, pending: null });
  }
}
