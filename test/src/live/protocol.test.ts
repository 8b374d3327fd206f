import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  Answers,
  ClientMessages,
  generateJoinCode,
  HttpMessages,
  JOIN_CODE_ALPHABET,
  LIVE_LIMITS,
  type LivePosition,
  LivePositionSchema,
  MESSAGE_LIMITS,
  messageSize,
  parseJoinCode,
  ServerMessages,
} from '../../../src/live/protocol.ts';

const position = (changes: Record<string, unknown> = {}): LivePosition =>
  ({
    sessionId: 'k3j2-session',
    tourId: 'custom',
    stops: [
      { stop: 'welcome', minutes: 5 },
      { stop: 'cord-blood-bank', minutes: 10 },
    ],
    index: 1,
    audience: 'zh-CN',
    clock: {
      startedAt: 1_796_000_000_000,
      pausedAt: null,
      pausedTotal: 0,
      clockStarted: false,
      enteredAt: 0,
    },
    contentVersion: '1d9e3ec5ce9e',
    seq: 7,
    ...changes,
  }) as LivePosition;

describe('join codes', () => {
  it('are 6 characters of an alphabet without 0, O, 1, I, L or l', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(31);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IlL]/);
    for (let i = 0; i < 200; i++) expect(generateJoinCode()).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  });

  it('draw every character alike: bytes past the last whole multiple of 31 are thrown away', () => {
    // 248 = 8 × 31: the bytes 248-255 would make the first 8 characters likelier.
    const bytes = [248, 255, 0, 30, 31, 247, 62, 1];
    let given = 0;
    const code = generateJoinCode((length) =>
      Uint8Array.from({ length }, () => bytes[given++ % bytes.length]),
    );
    expect(code).toBe(
      `${JOIN_CODE_ALPHABET[0]}${JOIN_CODE_ALPHABET[30]}${JOIN_CODE_ALPHABET[0]}${JOIN_CODE_ALPHABET[30]}${JOIN_CODE_ALPHABET[0]}${JOIN_CODE_ALPHABET[1]}`,
    );
    const seen = new Set(Array.from({ length: 3000 }, () => generateJoinCode()).join(''));
    expect(seen.size).toBe(31);
  });

  it('are read as typed: any case, spaces and hyphens ignored, anything else refused', () => {
    expect(parseJoinCode(' abc-def ')).toBe('ABCDEF');
    expect(parseJoinCode('k7 m2 x9')).toBe('K7M2X9');
    for (const typed of [
      'ABCDE',
      'ABCDEFG',
      'ABCDE0',
      'ABCDEO',
      'ABCDE1',
      'ABCDEI',
      'abcdel',
      'ABC/EF',
      '',
      'A'.repeat(100),
    ]) {
      expect(parseJoinCode(typed), typed).toBeNull();
    }
  });
});

describe('the position', () => {
  it('accepts a tour or the guide’s own order, a language code or all of them', () => {
    expect(v.parse(LivePositionSchema, position())).toEqual(position());
    for (const audience of ['en', 'zh-CN', 'zh-Hans-CN', 'both']) {
      expect(v.is(LivePositionSchema, position({ audience })), audience).toBe(true);
    }
    expect(
      v.is(
        LivePositionSchema,
        position({
          tourId: 'delegation',
          clock: { ...position().clock, pausedAt: 1_796_000_100_000 },
        }),
      ),
    ).toBe(true);
  });

  it('carries the layer the wall screen shows, optionally (older presenters send none)', () => {
    for (const layer of ['overview', 'depth']) {
      expect(v.parse(LivePositionSchema, position({ layer })).layer).toBe(layer);
    }
    const { layer: _none, ...old } = position();
    expect(v.parse(LivePositionSchema, old).layer).toBeUndefined();
  });

  it('carries no text: fields beyond the position are left out', () => {
    const parsed = v.parse(LivePositionSchema, { ...position(), title: 'Welcome', notes: 'x' });
    expect(parsed).toEqual(position());
  });

  it.each([
    ['an index past the stops', { index: 2 }],
    ['a negative index', { index: -1 }],
    ['no stops', { stops: [], index: 0 }],
    [
      'too many stops',
      {
        stops: Array.from({ length: LIVE_LIMITS.maxStops + 1 }, () => ({
          stop: 'welcome',
          minutes: 1,
        })),
      },
    ],
    ['a stop id that is no id', { stops: [{ stop: 'Welcome!', minutes: 1 }], index: 0 }],
    ['a stop id too long', { stops: [{ stop: 'a'.repeat(65), minutes: 1 }], index: 0 }],
    ['minutes that are not whole', { stops: [{ stop: 'welcome', minutes: 1.5 }], index: 0 }],
    ['a tour id with a slash', { tourId: '../admin' }],
    ['an audience that is no language code', { audience: 'english please' }],
    ['an endless clock', { clock: { ...position().clock, startedAt: Number.POSITIVE_INFINITY } }],
    ['a clock of NaN', { clock: { ...position().clock, pausedTotal: Number.NaN } }],
    ['a clock past the year 2286', { clock: { ...position().clock, startedAt: 2e13 } }],
    ['a negative duration', { clock: { ...position().clock, enteredAt: -1 } }],
    ['a content version too long', { contentVersion: 'x'.repeat(65) }],
    ['a content version with spaces', { contentVersion: 'a b' }],
    ['a seq that is not whole', { seq: 1.5 }],
    ['a seq beyond safe integers', { seq: 2 ** 60 }],
    ['no sessionId', { sessionId: undefined }],
    ['a layer that is neither overview nor depth', { layer: 'deep' }],
    ['a layer that is not a word', { layer: 1 }],
  ])('refuses %s', (_label, changes) => {
    expect(v.is(LivePositionSchema, position(changes))).toBe(false);
  });
});

describe('the messages', () => {
  const code = 'K7M2X9';
  const secret = 'A'.repeat(43);

  it('have a schema and a size limit for every client event; the largest valid move fits', () => {
    expect(Object.keys(MESSAGE_LIMITS).sort()).toEqual(Object.keys(ClientMessages).sort());
    const longest = position({
      sessionId: 's'.repeat(64),
      tourId: 't'.repeat(64),
      contentVersion: 'c'.repeat(64),
      audience: 'zh-Hans-CN',
      index: 0,
      seq: Number.MAX_SAFE_INTEGER,
      layer: 'overview',
      stops: Array.from({ length: LIVE_LIMITS.maxStops }, () => ({
        stop: 'x'.repeat(64),
        minutes: 999,
      })),
      clock: {
        startedAt: 1e13,
        pausedAt: 1e13,
        pausedTotal: 1e10,
        clockStarted: true,
        enteredAt: 1e10,
      },
    });
    const move = { code, secret, position: longest };
    expect(v.is(ClientMessages.move, move)).toBe(true);
    expect(messageSize(move)).toBeLessThanOrEqual(MESSAGE_LIMITS.move);
    expect(messageSize({ code, secret })).toBeLessThanOrEqual(MESSAGE_LIMITS.present);
  });

  it('take codes in their canonical form only, and a secret of 43 base64url characters', () => {
    expect(v.is(ClientMessages.join, { code })).toBe(true);
    expect(v.parse(ClientMessages.join, { code })).toEqual({ code, resume: false });
    expect(v.is(ClientMessages.join, { code: 'k7m2x9' })).toBe(false);
    expect(v.is(ClientMessages.present, { code, secret: 'short' })).toBe(false);
    expect(v.is(ClientMessages.present, { code, secret: `${'A'.repeat(42)}=` })).toBe(false);
    expect(v.is(ClientMessages.move, { code, position: position() })).toBe(false);
    expect(v.is(ClientMessages.end, { code })).toBe(false);
  });

  it('size a payload by its JSON text; what has none is too large', () => {
    expect(messageSize({ a: 1 })).toBe(7);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(messageSize(circular)).toBe(Number.POSITIVE_INFINITY);
    expect(messageSize(undefined)).toBe(Number.POSITIVE_INFINITY);
    expect(messageSize(() => 1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('describe the answers and the server’s messages for the client to parse', () => {
    expect(v.is(Answers.join, { ok: true, position: position(), waiting: false })).toBe(true);
    expect(v.is(Answers.join, { ok: false, error: 'full' })).toBe(true);
    expect(v.is(Answers.join, { ok: false, error: 'something else' })).toBe(false);
    expect(v.is(Answers.present, { ok: true, followers: 3, seq: null })).toBe(true);
    expect(v.is(ServerMessages.ended, { code, reason: 'expired' })).toBe(true);
    expect(v.is(ServerMessages.followers, { code, count: -1 })).toBe(false);
    expect(v.is(HttpMessages.create, {})).toBe(true);
    expect(v.is(HttpMessages.create, { code, secret })).toBe(true);
    expect(v.is(HttpMessages.create, { code })).toBe(false);
    expect(v.is(HttpMessages.probe, { protocol: 1, socketPath: '/api/live/socket/' })).toBe(true);
  });
});
