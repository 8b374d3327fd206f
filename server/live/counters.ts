// What the relay refused, by reason, since the start (GET /api/health shows them under `live`).

export const DROP_REASONS = [
  /** Not a payload of the event's schema (or more than one). */
  'malformed',
  /** Larger than the event's MESSAGE_LIMITS. */
  'too-large',
  /** An event name that is not in the protocol. */
  'unknown-event',
  /** More messages than the connection's budget. */
  'over-budget',
  /** A secret that does not match its room (a forged move, present or end). */
  'forbidden',
  /** A code with no room (joins, lookups, moves). */
  'unknown-room',
  /** A move that is not newer than the room's last. */
  'stale',
  /** Refused by the failed-join limiter. */
  'rate-limited',
  /** A connection from a page of another origin. */
  'foreign-origin',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export class LiveCounters {
  readonly dropped: Record<DropReason, number> = Object.fromEntries(
    DROP_REASONS.map((reason) => [reason, 0]),
  ) as Record<DropReason, number>;

  drop(reason: DropReason): void {
    this.dropped[reason] += 1;
  }
}
