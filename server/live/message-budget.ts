// How many messages one connection may send: a token bucket (a steady rate with bursts).

export class MessageBudget {
  #tokens: number;
  #updated: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#tokens = burst;
    this.#updated = now();
  }

  /** Spends one message; false when the budget is used up (the message is dropped). */
  take(): boolean {
    const now = this.now();
    this.#tokens = Math.min(
      this.burst,
      this.#tokens + ((now - this.#updated) / 1000) * this.perSecond,
    );
    this.#updated = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
