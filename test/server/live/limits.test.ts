import { describe, expect, it } from 'vitest';
import { FailedJoinLimiter } from '../../../server/live/failed-join-limiter.ts';
import { sweepIntervalMs } from '../../../server/live/limits.ts';
import { MessageBudget } from '../../../server/live/message-budget.ts';
import { hashSecret, newSecret, secretMatches } from '../../../server/live/secret.ts';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the failed-join limiter', () => {
  it('limits an address after N distinct failed codes, for the rest of the window', () => {
    const time = clock();
    const limiter = new FailedJoinLimiter({
      maxCodes: 3,
      windowMs: 60_000,
      maxAddresses: 100,
      now: time.now,
    });
    for (const code of ['AAAAAA', 'BBBBBB']) limiter.recordFailure('1.2.3.4', code);
    expect(limiter.isLimited('1.2.3.4')).toBe(false);
    limiter.recordFailure('1.2.3.4', 'CCCCCC');
    expect(limiter.isLimited('1.2.3.4')).toBe(true);
    expect(limiter.isLimited('5.6.7.8')).toBe(false);
    time.advance(59_999);
    expect(limiter.isLimited('1.2.3.4')).toBe(true);
    time.advance(1);
    expect(limiter.isLimited('1.2.3.4')).toBe(false);
  });

  it('counts one code once: many phones behind one address rejoining one code are never limited', () => {
    const limiter = new FailedJoinLimiter({ maxCodes: 3, windowMs: 60_000, maxAddresses: 100 });
    for (let i = 0; i < 500; i++) limiter.recordFailure('10.0.0.1', 'AAAAAA');
    expect(limiter.isLimited('10.0.0.1')).toBe(false);
  });

  it('remembers a bounded number of addresses, forgetting the oldest', () => {
    const limiter = new FailedJoinLimiter({ maxCodes: 1, windowMs: 60_000, maxAddresses: 50 });
    for (let i = 0; i < 1000; i++) limiter.recordFailure(`10.0.${i >> 8}.${i & 255}`, 'AAAAAA');
    expect(limiter.size).toBe(50);
    expect(limiter.isLimited('10.0.3.231')).toBe(true);
    expect(limiter.isLimited('10.0.0.0')).toBe(false);
  });
});

describe('the message budget', () => {
  it('allows a burst, then the steady rate', () => {
    const time = clock();
    const budget = new MessageBudget(10, 5, time.now);
    expect(Array.from({ length: 7 }, () => budget.take())).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    time.advance(100);
    expect(budget.take()).toBe(true);
    expect(budget.take()).toBe(false);
    time.advance(10_000);
    expect(Array.from({ length: 6 }, () => budget.take()).filter(Boolean)).toHaveLength(5);
  });
});

describe('presenter secrets', () => {
  it('are 32 random bytes in base64url; only a hash is kept, and it matches only its secret', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(newSecret()).not.toBe(secret);
    const hash = hashSecret(secret);
    expect(hash).not.toContain(secret);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(newSecret(), hash)).toBe(false);
    expect(secretMatches(secret, 'not-a-hash')).toBe(false);
  });
});

describe('the expiry sweep', () => {
  it('runs at a quarter of the idle time, between 0.2 and 30 seconds', () => {
    expect(sweepIntervalMs(4 * 3600_000)).toBe(30_000);
    expect(sweepIntervalMs(60_000)).toBe(15_000);
    expect(sweepIntervalMs(100)).toBe(200);
  });
});
