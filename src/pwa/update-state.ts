// The app-update state shared by every mode: the service worker bridge (src/pwa/) fills it in,
// the modes read it and decide when an update is applied (policy per mode):
//   visitor (phone): a banner; the update is applied only when the visitor accepts it
//   kiosk:           applied automatically at the next idle reset, never while a visitor is there
//   guide:           a discreet indicator; applied only when the guide chooses
//   live:            a follower of a live tour (/live/<code>): nothing shows and nothing applies
//                    while the tour runs; the page returns to 'visitor' when it is over
import { computed, signal } from '@preact/signals';
import { type ApplyAttempt, decideUpdate, type UpdateMoment } from './update-policy.ts';

export type UpdateMode = 'visitor' | 'kiosk' | 'guide' | 'live';

/** Which policy is in force; the kiosk, guide and live modes set it when they start. */
export const updateMode = signal<UpdateMode>('visitor');

/** A new version is installed and waiting to take over. */
export const updateWaiting = signal(false);

/** When the app last asked the server for a new version (null: not yet). */
export const lastUpdateCheck = signal<Date | null>(null);

/** The last attempt to apply an update in this tab (the staff panel shows how it went). */
export const updateAttempt = signal<ApplyAttempt | null>(null);

/** How a waiting update shows itself now: 'banner' (visitor), 'indicator' (guide) or 'none'. */
export const updateNotice = computed(() =>
  decideUpdate(updateMode.value, updateWaiting.value, 'showing'),
);

/** Whether the page may still reload into the new version once it has taken control. */
export type MayReload = () => boolean;

type ApplyAction = (mayReload: MayReload) => Promise<void>;
type Action = () => Promise<void>;
let applyAction: ApplyAction | null = null;
let checkAction: Action | null = null;

/** Called by the service worker bridge once it is registered. */
export function connectUpdateActions(actions: { apply: ApplyAction; check: Action }): void {
  applyAction = actions.apply;
  checkAction = actions.check;
}

/**
 * Asks the waiting update to take over; the page reloads into it once it has, if `mayReload`
 * still says so (the kiosk: nobody began a visit meanwhile). False when none waits.
 */
export async function applyWaitingUpdate(mayReload: MayReload = () => true): Promise<boolean> {
  if (!updateWaiting.value || !applyAction) return false;
  await applyAction(mayReload);
  return true;
}

/**
 * Applies the waiting update if the mode's policy allows it at this moment: the kiosk calls
 * `applyUpdateIfDue('idle-reset')` when it returns to its start screen. True when it tried.
 */
export async function applyUpdateIfDue(
  moment: UpdateMoment,
  mayReload?: MayReload,
): Promise<boolean> {
  if (decideUpdate(updateMode.value, updateWaiting.value, moment) !== 'apply') return false;
  return applyWaitingUpdate(mayReload);
}

/** Asks the server for a new version now (the staff panel's "check for update"). */
export async function checkForUpdate(): Promise<void> {
  await checkAction?.();
}
