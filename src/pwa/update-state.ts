// The app-update state shared by every mode: the service worker bridge (src/pwa/) fills it in,
// the modes read it and decide when an update is applied (policy per mode):
//   visitor (phone): a banner; the update is applied only when the visitor accepts it
//   kiosk:           applied automatically at the next idle reset, never while a visitor is there
//   guide:           a discreet indicator; applied only when the guide chooses
import { signal } from '@preact/signals';

export type UpdateMode = 'visitor' | 'kiosk' | 'guide';

/** Which policy is in force; the kiosk and guide modes set it when they start. */
export const updateMode = signal<UpdateMode>('visitor');

/** A new version is installed and waiting to take over. */
export const updateWaiting = signal(false);

/** When the app last asked the server for a new version (null: not yet). */
export const lastUpdateCheck = signal<Date | null>(null);

type Action = () => Promise<void>;
let applyAction: Action | null = null;
let checkAction: Action | null = null;

/** Called by the service worker bridge once it is registered. */
export function connectUpdateActions(actions: { apply: Action; check: Action }): void {
  applyAction = actions.apply;
  checkAction = actions.check;
}

/** Applies a waiting update (the page reloads into the new version). False when none waits. */
export async function applyWaitingUpdate(): Promise<boolean> {
  if (!updateWaiting.value || !applyAction) return false;
  await applyAction();
  return true;
}

/** Asks the server for a new version now (the staff panel's "check for update"). */
export async function checkForUpdate(): Promise<void> {
  await checkAction?.();
}
