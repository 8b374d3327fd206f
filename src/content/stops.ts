// The stops: summaries for lists and headings, and whole stops loaded on demand.
// Kept out of the initial JS of "/" (it grows with every stop): import it from pages loaded lazily.
import { stopLoaders, stops } from 'virtual:content/stops';
import type { Stop, StopSummary } from './types.ts';

export { stops };

export function findStopSummary(id: string | undefined): StopSummary | undefined {
  return stops.find((stop) => stop.id === id);
}

const loadedStops = new Map<string, Promise<Stop>>();
/** Stops whose chunk has arrived: a page rendered after that (or hydrated) shows them at once. */
const arrivedStops = new Map<string, Stop>();

/** The whole stop if it has been loaded already, else undefined (then: loadStop). */
export function loadedStop(id: string): Stop | undefined {
  return arrivedStops.get(id);
}

/** Loads a whole stop (its own chunk); undefined when no such stop exists. */
export function loadStop(id: string): Promise<Stop> | undefined {
  const loader = Object.hasOwn(stopLoaders, id) ? stopLoaders[id] : undefined;
  if (!loader) return undefined;
  let loading = loadedStops.get(id);
  if (!loading) {
    loading = loader().then((module) => {
      arrivedStops.set(id, module.default);
      return module.default;
    });
    loading.catch(() => loadedStops.delete(id));
    loadedStops.set(id, loading);
  }
  return loading;
}
