// Which stops of each tour this device has visited: kept on the device only.
import { signal } from '@preact/signals';
import type { Tour } from '../content/types.ts';
import { idLists } from '../storage/first-paint-schemas.ts';
import { STORAGE_KEYS } from '../storage/keys.ts';
import { MAX_STOPS, MAX_TOURS } from '../storage/limits.ts';
import { storedValue } from '../storage/stored-value.ts';

type Visited = Record<string, string[]>;

const stored = storedValue<Visited>({
  key: STORAGE_KEYS.visited,
  schema: idLists(MAX_TOURS, MAX_STOPS),
  fallback: {},
});

/** Visited stop ids by tour id, as stored (it may name stops and tours the content no longer has). */
export const visitedStops = signal<Visited>(stored.load());

/** The stops of `tour` this device has visited, in tour order; stops no longer in the tour are left out. */
export function visitedStopsOf(tour: Tour): string[] {
  const ids = Object.hasOwn(visitedStops.value, tour.id) ? visitedStops.value[tour.id] : [];
  return tour.stops.map((entry) => entry.stop).filter((id) => ids.includes(id));
}

function save(next: Visited): void {
  visitedStops.value = next;
  stored.save(next); // unavailable storage: progress lasts for this visit only
}

export function markVisited(tourId: string, stopId: string): void {
  const current = Object.hasOwn(visitedStops.value, tourId) ? visitedStops.value[tourId] : [];
  if (!current.includes(stopId)) save({ ...visitedStops.value, [tourId]: [...current, stopId] });
}

/** Forgets every tour's progress (the kiosk does this for each new visitor). */
export function clearTourProgress(): void {
  save({});
}
