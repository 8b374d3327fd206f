// WARNING: This module is part of the main bundle. Keep it tiny.
// User Timing marks around the interactions `npm run bench` reports (scripts/bench.ts reads the
// measures): `sbc:language-switch`, `sbc:stop-navigation`, `sbc:kiosk-reset`.

export type InteractionName = 'sbc:language-switch' | 'sbc:stop-navigation' | 'sbc:kiosk-reset';

/** Marks the moment an interaction starts (a tap, a timer running out). */
export function startInteraction(name: InteractionName): void {
  performance.mark(`${name}:start`);
}

/**
 * Ends an interaction once its result is in the DOM; the measure closes after the next frame is
 * painted. Without a start mark (a stop opened from a QR code, not by a tap) nothing is measured.
 */
export function endInteraction(name: InteractionName): void {
  const [start] = performance.getEntriesByName(`${name}:start`, 'mark');
  if (!start) return;
  performance.clearMarks(start.name);
  // rAF callbacks run just before the paint; a task queued from one runs just after it.
  requestAnimationFrame(() => {
    setTimeout(() => performance.measure(name, { start: start.startTime, end: performance.now() }));
  });
}
