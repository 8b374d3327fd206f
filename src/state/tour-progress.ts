// Which stops of each tour this device has visited: kept on the device only.
import { signal } from '@preact/signals';

const STORAGE_KEY = 'sbc-tour.visited';

function read(): Record<string, string[]> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

/** Visited stop ids by tour id. */
export const visitedStops = signal<Record<string, string[]>>(
  typeof localStorage === 'undefined' ? {} : read(),
);

function save(next: Record<string, string[]>): void {
  visitedStops.value = next;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage unavailable: progress lasts for this visit only.
  }
}

export function markVisited(tourId: string, stopId: string): void {
  const current = visitedStops.value[tourId] ?? [];
  if (!current.includes(stopId)) save({ ...visitedStops.value, [tourId]: [...current, stopId] });
}

/** Forgets every tour's progress (the kiosk does this for each new visitor). */
export function clearTourProgress(): void {
  save({});
}
