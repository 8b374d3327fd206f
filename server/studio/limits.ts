// The studio's fixed limits, each with why.
export const STUDIO_LIMITS = {
  /** A session ends after this long without a request (a laptop left open at a desk). */
  sessionIdleMs: 8 * 3600_000,
  /** Failed logins per address before the next is refused (429), and for how long. */
  failedLoginsPerAddress: 20,
  /** Failed logins per account name (a guesser spreading over addresses still meets this). */
  failedLoginsPerName: 5,
  failedLoginWindowMs: 5 * 60_000,
  /** A saved document (a stop with its texts is ~20 KB; room for a long one). */
  documentBodyLimit: 1024 * 1024,
} as const;
