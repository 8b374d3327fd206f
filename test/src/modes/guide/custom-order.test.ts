// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The content is the test fixture (vitest.config.ts): stops first-stop and second-stop.
const KEY = 'sbc-guide.custom-order';

async function load(stored: unknown) {
  localStorage.setItem(KEY, typeof stored === 'string' ? stored : JSON.stringify(stored));
  vi.resetModules();
  return (await import('../../../../src/modes/guide/custom-order.ts')).customOrder.value;
}

beforeEach(() => localStorage.clear());

describe('the guide’s own order, as stored', () => {
  it('is read back as it was saved', async () => {
    const order = [
      { stop: 'second-stop', minutes: 12 },
      { stop: 'first-stop', minutes: 5 },
    ];
    expect(await load(order)).toEqual(order);
  });

  it('clamps absurd minutes to whole minutes from 1 to 240 (no "Infinity:NaN:NaN")', async () => {
    expect(
      await load([
        { stop: 'first-stop', minutes: 1e308 },
        { stop: 'second-stop', minutes: -4.2 },
      ]),
    ).toEqual([
      { stop: 'first-stop', minutes: 240 },
      { stop: 'second-stop', minutes: 1 },
    ]);
    expect(JSON.parse(localStorage.getItem(KEY)!)[0].minutes).toBe(240);
  });

  it('leaves out stops the content no longer has, and repeats', async () => {
    expect(
      await load([
        { stop: 'gone', minutes: 5 },
        { stop: 'first-stop', minutes: 5 },
        { stop: 'first-stop', minutes: 9 },
      ]),
    ).toEqual([{ stop: 'first-stop', minutes: 5 }]);
  });

  it.each([
    ['an object', { stop: 'first-stop', minutes: 5 }],
    ['minutes as text', [{ stop: 'first-stop', minutes: '5' }]],
    ['a stop id that is a path', [{ stop: '../first-stop', minutes: 5 }]],
    ['20,000 stops', Array(20_000).fill({ stop: 'first-stop', minutes: 5 })],
    ['not JSON', '[{"stop":'],
  ])('is empty for %s', async (_, stored) => {
    expect(await load(stored)).toEqual([]);
  });
});
