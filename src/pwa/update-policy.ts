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
  }
}
