import { tourForStop } from './index.ts';
import type { Tour, TourStop } from './types.ts';

export interface TourPosition {
  /** The tour the stop is shown within (tourForStop), if any has it. */
  tour?: Tour;
  /** The stop's place in the tour, from 0; -1 without a tour. */
  index: number;
  previous?: TourStop;
  next?: TourStop;
}

/** Where a stop stands in its tour, for "Stop 3 of 8" and the previous and next buttons. */
export function tourPosition(stopId: string, tourId?: string): TourPosition {
  const tour = tourForStop(stopId, tourId);
  const index = tour ? tour.stops.findIndex((entry) => entry.stop === stopId) : -1;
  return {
    tour,
    index,
    previous: tour && index > 0 ? tour.stops[index - 1] : undefined,
    next: tour && index >= 0 ? tour.stops[index + 1] : undefined,
  };
}
