// Join codes cannot be enumerated: each address may try only a few codes that turn out not to
// exist (or not to be its own) per window. Distinct codes are counted, not attempts, so many
// phones behind one address (a delegation on the center's Wi-Fi) rejoining one code are never
// limited. In memory and bounded: the oldest addresses are forgotten first.

export interface FailedJoinLimiterOptions {
  maxCodes: number;
  windowMs: number;
  maxAddresses: number;
  now?: () => number;
}

interface Entry {
  since: number;
  codes: Set<string>;
}

export class FailedJoinLimiter {
  readonly #entries = new Map<string, Entry>();
  readonly #options: Required<FailedJoinLimiterOptions>;

  constructor(options: FailedJoinLimiterOptions) {
    this.#options = { now: Date.now, ...options };
  }

  /** True while this address has used up its failures for the current window. */
  isLimited(address: string): boolean {
    const entry = this.#current(address);
    return entry !== undefined && entry.codes.size >= this.#options.maxCodes;
  }

  recordFailure(address: string, code: string): void {
    let entry = this.#current(address);
    if (!entry) {
      entry = { since: this.#options.now(), codes: new Set() };
      this.#entries.set(address, entry);
      if (this.#entries.size > this.#options.maxAddresses) {
        this.#entries.delete(this.#entries.keys().next().value as string);
      }
    }
    if (entry.codes.size < this.#options.maxCodes) entry.codes.add(code);
  }

  /** Addresses remembered now (for the tests of the bound). */
  get size(): number {
    return this.#entries.size;
  }

  #current(address: string): Entry | undefined {
    const entry = this.#entries.get(address);
    if (entry && this.#options.now() - entry.since >= this.#options.windowMs) {
      this.#entries.delete(address);
      return undefined;
    }
    return entry;
  }
}
