// The kiosk's own routes: a visitor never leaves /kiosk (see link-policy.ts).

/** `/kiosk/stops/<id>?tour=<tourId>`: a stop within a tour, inside the kiosk. */
export function kioskStopPath(stopId: string, tourId?: string): string {
  return `/kiosk/stops/${stopId}${tourId ? `?tour=${encodeURIComponent(tourId)}` : ''}`;
}
