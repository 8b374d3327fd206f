// The visitor's choice between a stop's overview and its in-depth text, kept on the device like
// the language: a specialist who chose "In depth" once reads every stop that way. Only the phone
// remembers it; the kiosk starts every visit at the overview, and the guide's choice is the session's.
import { signal } from '@preact/signals';
import type { StopLayer } from '../content/types.ts';
import { oneOf } from '../storage/first-paint-schemas.ts';
import { STORAGE_KEYS } from '../storage/keys.ts';
import { storedValue } from '../storage/stored-value.ts';

export const STOP_LAYERS: readonly StopLayer[] = ['overview', 'depth'];

/** Anything but a known layer (an old value, garbage) is the overview. */
export const savedStopLayer = storedValue<StopLayer>({
  key: STORAGE_KEYS.stopLayer,
  schema: oneOf(STOP_LAYERS),
  fallback: 'overview',
  format: 'text',
});

/** The layer the visitor's stop page shows (where a stop has an in-depth text). */
export const stopLayer = signal<StopLayer>(savedStopLayer.load());

export function chooseStopLayer(layer: StopLayer): void {
  stopLayer.value = layer;
  savedStopLayer.save(layer);
}
