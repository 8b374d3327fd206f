// Typed access to the tour content built from content/ (see build/vite-plugin-content.ts).
import {
  contentVersion,
  loadGlossary as importGlossary,
  site,
  stopLoaders,
  stops,
  tours,
} from 'virtual:content';
import type { GlossaryTerm, Stop, StopSummary, Tour } from './types.ts';

export { contentVersion, site, stops, tours };

export function findTour(id: string | undefined): Tour | undefined {
  return tours.find((tour) => tour.id === id);
}

export function findStopSummary(id: string | undefined): StopSummary | undefined {
  return stops.find((stop) => stop.id === id);
}

export function tourMinutes(tour: Tour): number {
  return tour.stops.reduce((total, entry) => total + entry.minutes, 0);
}

const loadedStops = new Map<string, Promise<Stop>>();

/** Loads a whole stop (its own chunk); undefined when no such stop exists. */
export function loadStop(id: string): Promise<Stop> | undefined {
  const loader = Object.hasOwn(stopLoaders, id) ? stopLoaders[id] : undefined;
  if (!loader) return undefined;
  let loading = loadedStops.get(id);
  if (!loading) {
    loading = loader().then((module) => module.default);
    loading.catch(() => loadedStops.delete(id));
    loadedStops.set(id, loading);
  }
  return loading;
}

let glossary: Promise<Map<string, GlossaryTerm>> | undefined;

export function loadGlossary(): Promise<Map<string, GlossaryTerm>> {
  if (!glossary) {
    glossary = importGlossary().then((module) => new Map(module.default.map((t) => [t.id, t])));
    glossary.catch(() => {
      glossary = undefined;
    });
  }
  return glossary;
}

/**
 * The tour a stop is shown within: the one named by `?tour=` if it has the stop, else the kiosk's
 * default tour, else the first tour with it (a QR sign links to a bare `/stops/<id>`).
 */
export function tourForStop(stopId: string, tourId?: string | null): Tour | undefined {
  const hasStop = (tour: Tour | undefined) => tour?.stops.some((entry) => entry.stop === stopId);
  const named = findTour(tourId ?? undefined);
  if (named && hasStop(named)) return named;
  const preferred = findTour(site.kiosk.defaultTour);
  if (hasStop(preferred)) return preferred;
  return tours.find(hasStop);
}

/** `/stops/<id>?tour=<tourId>`: a stop's address within a tour. */
export function stopPath(stopId: string, tourId?: string): string {
  return tourId ? `/stops/${stopId}?tour=${encodeURIComponent(tourId)}` : `/stops/${stopId}`;
}
