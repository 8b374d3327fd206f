// The live tour's wire protocol, shared by the tour server (server/live/) and the app (the
// presenter's "Share live", the /live/<code> follower page and wall screen). Runtime-neutral:
// valibot only, no DOM and no Node.js API, so both sides parse every message with the same
// schemas. src/live/README.md tells the whole flow; this file is the contract.
//
// Only the POSITION travels (which tour, which stops, which stop now, the clock, the content
// version), never text: every follower draws the stop from its own precached content, in its own
// language. Everything received is untrusted until parsed here, on both sides.
import * as v from 'valibot';

/** Bumped when a change would break an older client or server (GET /api/live says which). */
export const LIVE_PROTOCOL_VERSION = 1;

/** The HTTP API: probe (GET), create or re-claim a room (POST). */
export const LIVE_API_PATH = '/api/live';
/** Socket.IO's `path` option, on the same origin as the app (the CSP allows only 'self'). */
export const LIVE_SOCKET_PATH = '/api/live/socket/';

// ---------------------------------------------------------------------------------------------
// Join codes: 6 characters, no 0/O, 1/I/L (l): easy to read aloud, type and scan.

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** Fills a byte array with cryptographically strong random values (Web Crypto, in both runtimes). */
export type RandomBytes = (length: number) => Uint8Array;
const webCryptoBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/**
 * A new join code, uniformly random over the alphabet (31^6 ≈ 887 million codes): bytes at or above
 * the largest multiple of the alphabet's size are thrown away, so no character is more likely.
 */
export function generateJoinCode(randomBytes: RandomBytes = webCryptoBytes): string {
  const size = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

/**
 * A code as a person typed or a URL carried it (` abc-def `, `ab cd ef`) in its canonical form
 * (`ABCDEF`), or null when it cannot be a code. Case does not matter; spaces and hyphens are
 * ignored. Messages always carry the canonical form.
 */
export function parseJoinCode(typed: string): string | null {
  if (typed.length > 40) return null;
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return JOIN_CODE_PATTERN.test(code) ? code : null;
}

// ---------------------------------------------------------------------------------------------
// Limits: every field is bounded, every message has a size limit (JSON length).

export const LIVE_LIMITS = {
  /** Stops in one tour or custom order. */
  maxStops: 100,
  /** Length of a stop or tour id (the content's ids are lower-case words joined by hyphens). */
  maxIdLength: 64,
  /** Planned minutes at one stop. */
  maxMinutes: 999,
  /** Length of sessionId and contentVersion. */
  maxTokenLength: 64,
  /** Latest timestamp accepted (ms since the epoch, year 2286): a clock must be finite. */
  maxTimestamp: 1e13,
  /** Longest duration accepted (ms, about 115 days) for pausedTotal and enteredAt. */
  maxDuration: 1e10,
  /** The position's sequence number (a safe integer). */
  maxSeq: Number.MAX_SAFE_INTEGER,
} as const;

/** Largest payload of each message, in characters of its JSON text; larger ones are dropped. */
export const MESSAGE_LIMITS = {
  present: 256,
  join: 256,
  move: 12_288,
  end: 256,
} as const satisfies Record<ClientEventName, number>;

/** A payload's size as the limits count it: the length of its JSON text (Infinity if none). */
export function messageSize(payload: unknown): number {
  try {
    return JSON.stringify(payload)?.length ?? Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

// ---------------------------------------------------------------------------------------------
// The position: what a follower needs to show the stop the guide is presenting.

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A language code such as `zh-CN`, `en` or `zh-Hans-CN` (declared by the content). */
const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;
const TOKEN_PATTERN = /^[A-Za-z0-9._:-]+$/;

/** The audience choice meaning every language of the site, side by side. */
export const ALL_LANGUAGES = 'both';
/** The tour id of the guide's own order of stops. */
export const CUSTOM_TOUR = 'custom';

const idSchema = v.pipe(v.string(), v.maxLength(LIVE_LIMITS.maxIdLength), v.regex(ID_PATTERN));
const tokenSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(LIVE_LIMITS.maxTokenLength),
  v.regex(TOKEN_PATTERN),
);
const timestamp = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(0),
  v.maxValue(LIVE_LIMITS.maxTimestamp),
);
const duration = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(LIVE_LIMITS.maxDuration));

export const JoinCodeSchema = v.pipe(v.string(), v.regex(JOIN_CODE_PATTERN));
/** The presenter secret: 32 random bytes in base64url (43 characters). */
export const SecretSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));

export const LiveClockSchema = v.object({
  /** When the guide's session started (ms since the epoch). */
  startedAt: timestamp,
  /** When the current pause began; null while the clock runs. */
  pausedAt: v.nullable(timestamp),
  /** Total length of the pauses that have ended (ms). */
  pausedTotal: duration,
  /** False until the guide first starts the clock. */
  clockStarted: v.boolean(),
  /** Running tour time at which the current stop was entered (ms). */
  enteredAt: duration,
});

export const LivePositionSchema = v.pipe(
  v.object({
    /** The guide's session id: a new session is a new tour, never mistaken for the old one. */
    sessionId: tokenSchema,
    /** A tour id of the content, or CUSTOM_TOUR for the guide's own order (then `stops` is it). */
    tourId: idSchema,
    /** The stops of this visit, in order, with their planned minutes. */
    stops: v.pipe(
      v.array(
        v.object({
          stop: idSchema,
          minutes: v.pipe(
            v.number(),
            v.integer(),
            v.minValue(0),
            v.maxValue(LIVE_LIMITS.maxMinutes),
          ),
        }),
      ),
      v.minLength(1),
      v.maxLength(LIVE_LIMITS.maxStops),
    ),
    /** Index into `stops` of the stop being presented. */
    index: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** The group's language: a language code, or ALL_LANGUAGES for all side by side. */
    audience: v.union([
      v.literal(ALL_LANGUAGES),
      v.pipe(v.string(), v.maxLength(35), v.regex(LANGUAGE_PATTERN)),
    ]),
    clock: LiveClockSchema,
    /**
     * What the wall screen shows of the current stop: its overview or its in-depth text.
     * Optional, so positions from presenters older than the in-depth layer still parse (absent:
     * the overview); anything else is refused like any malformed field.
     */
    layer: v.optional(v.picklist(['overview', 'depth'])),
    /** The content version the guide's app runs (version.json's contentVersion). */
    contentVersion: tokenSchema,
    /**
     * Increases with every move for the life of the room (keep it with the code and secret):
     * the server refuses a move that is not newer than the last, followers ignore older ones.
     */
    seq: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIVE_LIMITS.maxSeq)),
  }),
  v.check((position) => position.index < position.stops.length, 'index must name one of the stops'),
);
export type LivePosition = v.InferOutput<typeof LivePositionSchema>;

// ---------------------------------------------------------------------------------------------
// Errors: one vocabulary for HTTP answers (field `code`) and acknowledgements (field `error`).

export const LIVE_ERRORS = [
  /** The message or request is malformed or too large. */
  'invalid',
  /** No room has this code (never created, ended, expired, or lost in a restart). */
  'unknown',
  /** The code was ended by its presenter: it cannot be joined or re-claimed. */
  'ended',
  /** The secret does not match this room. */
  'forbidden',
  /** POST with a code another presenter holds. */
  'taken',
  /** Too many rooms on the server, or too many followers in this room. */
  'full',
  /** Too many failed attempts (unknown codes) from this address: wait and try again. */
  'rate-limited',
  /** A move whose seq is not newer than the room's last one. */
  'stale',
  /** The server cannot reach its room store (Redis): try again shortly. */
  'unavailable',
] as const;
export type LiveError = (typeof LIVE_ERRORS)[number];
const errorSchema = v.picklist(LIVE_ERRORS);

const refusal = v.object({ ok: v.literal(false), error: errorSchema });

// ---------------------------------------------------------------------------------------------
// Socket.IO events, client → server. Each is emitted with one payload and an acknowledgement
// callback (use `socket.timeout(ms).emitWithAck(...)`); the answer is `{ ok: true, … }` or
// `{ ok: false, error }`. A message that is not one of these, or too large, is dropped and
// counted (an `invalid` answer when it asked for one).

export const ClientMessages = {
  /** A presenter subscribes to its room (the follower count) after every (re)connection. */
  present: v.object({ code: JoinCodeSchema, secret: SecretSchema }),
  /**
   * A follower (phone or wall screen) joins after every (re)connection. `resume: true` when it
   * was following this code already (a reconnection): if the room is missing, as after a server
   * restart, the follower waits in it for its presenter instead of being refused.
   */
  join: v.object({ code: JoinCodeSchema, resume: v.optional(v.boolean(), false) }),
  /** The presenter's current position; the secret is checked on every move. */
  move: v.object({ code: JoinCodeSchema, secret: SecretSchema, position: LivePositionSchema }),
  /** The presenter ends the tour: followers get `ended`, the code cannot be used again. */
  end: v.object({ code: JoinCodeSchema, secret: SecretSchema }),
} as const;
export type ClientEventName = keyof typeof ClientMessages;
export const CLIENT_EVENTS = Object.keys(ClientMessages) as ClientEventName[];
export type ClientMessage<E extends ClientEventName> = v.InferOutput<(typeof ClientMessages)[E]>;

export const Answers = {
  present: v.variant('ok', [
    v.object({
      ok: v.literal(true),
      /** Followers connected now (phones and wall screens, on every instance). */
      followers: v.pipe(v.number(), v.integer(), v.minValue(0)),
      /** The room's last seq, null before the first move: continue above it. */
      seq: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
    }),
    refusal,
  ]),
  join: v.variant('ok', [
    v.object({
      ok: v.literal(true),
      /** The current position, null before the presenter's first move (or while waiting). */
      position: v.nullable(LivePositionSchema),
      /** True when resuming a room that is missing for now (its presenter is expected back). */
      waiting: v.boolean(),
    }),
    refusal,
  ]),
  move: v.variant('ok', [v.object({ ok: v.literal(true) }), refusal]),
  end: v.variant('ok', [v.object({ ok: v.literal(true) }), refusal]),
} as const;
export type Answer<E extends ClientEventName> = v.InferOutput<(typeof Answers)[E]>;

// ---------------------------------------------------------------------------------------------
// Socket.IO events, server → client.

export const ServerMessages = {
  /** To followers: the presenter moved (also sent in the join answer). Keep the highest seq. */
  position: v.object({ code: JoinCodeSchema, position: LivePositionSchema }),
  /** To presenters: the number of followers changed (at most about once a second). */
  followers: v.object({
    code: JoinCodeSchema,
    count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /**
   * To everyone in the room: it is over. `ended`: the presenter ended it; `expired`: no move for
   * the configured idle time, or it did not come back after a restart.
   */
  ended: v.object({ code: JoinCodeSchema, reason: v.picklist(['ended', 'expired']) }),
} as const;
export type ServerEventName = keyof typeof ServerMessages;
export type ServerMessage<E extends ServerEventName> = v.InferOutput<(typeof ServerMessages)[E]>;

// ---------------------------------------------------------------------------------------------
// HTTP (JSON; errors are `{ statusCode, error, code }` with `code` one of LIVE_ERRORS).

export const HttpMessages = {
  /** GET /api/live → 200: the relay is there. Anything else (404, 405, HTML): unavailable. */
  probe: v.object({ protocol: v.literal(LIVE_PROTOCOL_VERSION), socketPath: v.string() }),
  /** POST /api/live body: none or `{}` for a new room, `{ code, secret }` to re-claim one. */
  create: v.union([v.object({ code: JoinCodeSchema, secret: SecretSchema }), v.strictObject({})]),
  /** POST /api/live → 201 (created) or 200 (re-claimed, it was there). */
  created: v.object({ code: JoinCodeSchema, secret: SecretSchema }),
  /** GET /api/live/<code> → 200 (404 when unknown or ended). */
  lookup: v.object({ exists: v.literal(true), position: v.nullable(LivePositionSchema) }),
  error: v.object({
    statusCode: v.number(),
    error: v.string(),
    code: v.optional(errorSchema),
  }),
} as const;
