// How far this device has come through a tour, as the tour pages list it (visitor and kiosk).
// Apart from tour-progress.ts, which the home page loads: this one needs the stops' summaries.
import { findStopSummary } from '../content/stops.ts';
import type { StopSummary, Tour, TourStop } from '../content/types.ts';
import { visitedStopsOf } from './tour-progress.ts';

export interface TourStopProgress {
  entry: TourStop;
  summary: StopSummary;
  /** Its number in the tour, from 1. */
  number: number;
  visited: boolean;
}

export interface TourProgress {
  /** The tour's stops that the content has, in tour order. */
  stops: TourStopProgress[];
  /** How many of the tour's stops this device has visited. */
  seen: number;
  /** Where to go on: the first stop not visited yet, else the first. */
  next: TourStop;
}

/** The tour's stops with what this device has visited of them (a signal: pages follow it). */
export function progressThroughTour(tour: Tour): TourProgress {
  const visited = visitedStopsOf(tour);
  const stops = tour.stops.flatMap((entry, index) => {
    const summary = findStopSummary(entry.stop);
    return summary
      ? [{ entry, summary, number: index + 1, visited: visited.includes(entry.stop) }]
      : [];
  });
  return {
    stops,
    seen: tour.stops.filter((entry) => visited.includes(entry.stop)).length,
    next: tour.stops.find((entry) => !visited.includes(entry.stop)) ?? tour.stops[0],
  };
}
