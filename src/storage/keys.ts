// Every name this app stores under in the browser, in one place, so no two modules share a key by
// accident and the tests can seed each of them with hostile values. What each key holds and its
// schema live beside the code that uses it (imported only by its own mode, so a phone never
// downloads the kiosk's or the guide's schemas); all of them are read through stored-value.ts.

/** localStorage keys. They are kept across app versions: never rename one. */
export const STORAGE_KEYS = {
  /** The visitor's language choice, plain text (src/i18n/saved-language.ts). */
  language: 'sbc-tour.language',
  /** The visitor's "Overview / In depth" choice, plain text (src/state/stop-layer.ts). */
  stopLayer: 'sbc-tour.stop-layer',
  /** Visited stops by tour (src/state/tour-progress.ts). */
  visited: 'sbc-tour.visited',
  /** The running guide session and its revision (src/modes/guide/session-store.ts). */
  guideSession: 'sbc-guide.session',
  /** The audience language chosen last, plain text (src/modes/guide/session-store.ts). */
  guideAudience: 'sbc-guide.audience',
  /** The guide's own order of stops (src/modes/guide/custom-order.ts). */
  guideCustomOrder: 'sbc-guide.custom-order',
  /** The guide's live share: join code, presenter secret, last seq (src/live/presenter-store.ts). */
  guideLive: 'sbc-guide.live',
  /** Wrong staff PINs in a row and the wait they caused (src/modes/kiosk/pin-lock.ts). */
  kioskPinLock: 'sbc-kiosk.pin-lock',
  /** Why and when the kiosk's counters were last reset by a repair (src/modes/kiosk/counter-store.ts). */
  kioskCounterRepair: 'sbc-kiosk.counter-repair',
} as const;

/** sessionStorage keys: kept for the tab only. */
export const SESSION_KEYS = {
  /** The update-check interval `?updateCheck=` set for this tab, in seconds (src/pwa/register.ts). */
  updateCheckSeconds: 'sbc-tour.updateCheck',
  /** The last attempt to apply an update, read after its reload (src/pwa/apply-attempt-store.ts). */
  updateAttempt: 'sbc-tour.updateAttempt',
  /** The last position a live tour's follower received, with its code (src/live/follower-link.ts). */
  livePosition: 'sbc-live.position',
} as const;

export type StorageKey =
  | (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS]
  | (typeof SESSION_KEYS)[keyof typeof SESSION_KEYS];

/** IndexedDB databases: the kiosk's counters, one object store of key → count. */
export const INDEXED_DBS = {
  kioskCounters: { name: 'sbc-kiosk', store: 'counters' },
} as const;
