// The guide's own order of stops for a visit (presented at /guide/custom): kept on this device.
import { signal } from '@preact/signals';
import * as v from 'valibot';
import { tours } from '../../content/index.ts';
import { findStopSummary } from '../../content/stops.ts';
import type { TourStop } from '../../content/types.ts';
import { STORAGE_KEYS } from '../../storage/keys.ts';
import { MAX_STOPS } from '../../storage/limits.ts';
import { stopMinutes, storedId } from '../../storage/schema-parts.ts';
import { storedValue } from '../../storage/stored-value.ts';

const DEFAULT_MINUTES = 5;

const stored = storedValue<TourStop[]>({
  key: STORAGE_KEYS.guideCustomOrder,
  schema: v.pipe(
    v.array(v.object({ stop: storedId, minutes: stopMinutes })),
    v.maxLength(MAX_STOPS),
  ),
  fallback: [],
});

/** The saved order, without stops removed from the content since (or listed twice). */
function read(): TourStop[] {
  const seen = new Set<string>();
  return stored.load().filter((entry) => {
    const keep = !seen.has(entry.stop) && findStopSummary(entry.stop) !== undefined;
    seen.add(entry.stop);
    return keep;
  });
}

export const customOrder = signal<TourStop[]>(read());

function save(next: TourStop[]): void {
  customOrder.value = next;
  stored.save(next); // storage disabled: the order lasts until the page is closed
}

/** The planned minutes of a stop in the first tour that has it (a sensible default). */
function usualMinutes(stopId: string): number {
  for (const tour of tours) {
    const entry = tour.stops.find((s: TourStop) => s.stop === stopId);
    if (entry) return entry.minutes;
  }
  return DEFAULT_MINUTES;
}

export function addToOrder(stopId: string): void {
  if (customOrder.value.some((entry) => entry.stop === stopId)) return;
  save([...customOrder.value, { stop: stopId, minutes: usualMinutes(stopId) }]);
}

export function removeFromOrder(index: number): void {
  save(customOrder.value.filter((_, i) => i !== index));
}

/** Moves the stop at `index` one place up (-1) or down (+1). */
export function moveInOrder(index: number, by: -1 | 1): void {
  const target = index + by;
  const next = [...customOrder.value];
  if (target < 0 || target >= next.length) return;
  [next[index], next[target]] = [next[target], next[index]];
  save(next);
}

export function setMinutes(index: number, minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 120) return;
  save(customOrder.value.map((entry, i) => (i === index ? { ...entry, minutes } : entry)));
}

/** Starts the custom order from a tour's stops, to adjust from there. */
export function copyTourToOrder(tourStops: TourStop[]): void {
  save(tourStops.map(({ stop, minutes }) => ({ stop, minutes })));
}

export function clearOrder(): void {
  save([]);
}
