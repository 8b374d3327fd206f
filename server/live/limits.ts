// Every limit of the live relay that is not a setting (server/config.ts has those), each with why.
// Message sizes and field bounds are part of the protocol (src/live/protocol.ts).

export const LIVE_SERVER_LIMITS = {
  /**
   * Largest engine.io payload (one WebSocket frame, or one long-polling request body); a larger
   * one closes that client's connection. Above the largest message (MESSAGE_LIMITS.move), so a
   * message that is merely too large is dropped and counted, and its client stays connected.
   */
  maxHttpBufferSize: 32 * 1024,
  /** Heartbeat: a ping every 25 s (under nginx's 60 s proxy_read_timeout) … */
  pingInterval: 25_000,
  /** … and a connection that does not answer within 20 s is closed (Socket.IO's defaults). */
  pingTimeout: 20_000,
  /** A connection that neither presents nor joins within this time is closed. */
  unjoinedMs: 20_000,
  /** Messages a connection may send: a steady rate per second … */
  messagesPerSecond: 10,
  /** … with bursts up to this many (a guide pressing Next quickly); beyond, dropped. */
  messageBurst: 30,
  /**
   * Join codes cannot be enumerated: an address that tried this many codes that do not exist
   * (or are not its own) gets `rate-limited` for the rest of the window. Distinct codes are
   * counted, so a delegation behind one address rejoining the same code after a restart is fine.
   */
  failedCodesPerWindow: 10,
  failedWindowMs: 10 * 60_000,
  /** Addresses the failed-join limiter remembers at most (the oldest are forgotten first). */
  trackedAddresses: 10_000,
  /** Presenter connections per room on one instance (the tablet, and a reconnection in flight). */
  maxPresentersPerRoom: 4,
  /**
   * A follower resuming a room that is missing (a restarted server) waits this long for its
   * presenter to re-claim it (at most the idle time), then gets `ended`.
   */
  resumeGraceMs: 2 * 60_000,
  /** An ended code is remembered this long: it cannot be re-claimed, and late rejoins hear `ended`. */
  endedMemoryMs: 60 * 60_000,
  /** Follower counts reach the presenter at most this often per room. */
  followerCountDelayMs: 500,
  /** Other instances' follower counts are asked again after this long (Redis only). */
  remoteCountMaxAgeMs: 1_000,
  /** How long an instance waits for the others to answer (Redis only). */
  clusterTimeoutMs: 1_000,
  /** HTTP requests per address and minute: creating or re-claiming a room … */
  createsPerMinute: 20,
  /** … and looking a code up or ending a room. */
  lookupsPerMinute: 120,
  /** Body of POST /api/live (`{ code, secret }` is about 80 bytes). */
  createBodyLimit: 1024,
} as const;

/** How often rooms are checked for expiry: a quarter of the idle time, from 0.2 s to 30 s. */
export function sweepIntervalMs(roomIdleMs: number): number {
  return Math.min(30_000, Math.max(200, Math.round(roomIdleMs / 4)));
}
