// Typed access to the tour content built from content/ (see pipeline/vite-plugin-content.ts).
// WARNING: This module is part of the main bundle. What grows with every stop lives in stops.ts.
import { loadGlossary as importGlossary, site, tours } from 'virtual:content';
import type { GlossaryTerm, Tour } from './types.ts';

export { site, tours };

export function findTour(id: string | undefined): Tour | undefined {
  return tours.find((tour) => tour.id === id);
}

export function tourMinutes(tour: Tour): number {
  return tour.stops.reduce((total, entry) => total + entry.minutes, 0);
}

let glossary: Promise<Map<string, GlossaryTerm>> | undefined;
let arrivedGlossary: Map<string, GlossaryTerm> | undefined;

/** The glossary if it has been loaded already (a prerendered page waits for it before hydrating). */
export function loadedGlossary(): Map<string, GlossaryTerm> | undefined {
  return arrivedGlossary;
}

export function loadGlossary(): Promise<Map<string, GlossaryTerm>> {
  if (!glossary) {
    glossary = importGlossary().then((module) => {
      arrivedGlossary = new Map(module.default.map((t) => [t.id, t]));
      return arrivedGlossary;
    });
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
