import { describe, expect, it } from 'vitest';
import { idLists, oneOf } from '../../../src/storage/first-paint-schemas.ts';
import { validate } from '../../../src/storage/stored-value.ts';

const lists = idLists(3, 4);

describe('idLists (the visited stops of each tour)', () => {
  it('accepts ids by id, and drops repeats', () => {
    expect(validate(lists, { delegation: ['welcome', 'welcome', 'testing-lab'] })).toEqual({
      value: { delegation: ['welcome', 'testing-lab'] },
    });
    expect(validate(lists, {})).toEqual({ value: {} });
  });

  it.each([
    ['the issue’s example: a number for a list', { delegation: 5 }],
    ['an array', ['welcome']],
    ['null', null],
    ['a string', 'welcome'],
    ['ids that are numbers', { delegation: [1, 2] }],
    ['ids of the wrong form', { delegation: ['Welcome Hall'] }],
    ['a path as an id', { delegation: ['../../etc/passwd'] }],
    ['a key that is not an id', { 'Delegation Tour': ['welcome'] }],
    ['an id of 10,000 characters', { delegation: ['a'.repeat(10_000)] }],
    ['a list longer than any tour', { delegation: ['a', 'b', 'c', 'd', 'e'] }],
    ['more tours than any content', { a: [], b: [], c: [], d: [] }],
  ])('rejects %s', (_, value) => {
    expect(validate(lists, value)).toBeUndefined();
  });

  it('never lets a prototype key through', () => {
    for (const text of [
      '{"__proto__":["welcome"]}',
      '{"constructor":["welcome"]}',
      '{"__proto__":{"polluted":["x"]},"delegation":["welcome"]}',
    ]) {
      const read = validate(lists, JSON.parse(text));
      if (read) {
        expect(Object.getPrototypeOf(read.value)).toBe(Object.prototype);
        expect(Object.keys(read.value)).not.toContain('__proto__');
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // "constructor" is an id by its form: it is kept as data, never as the object's own function.
    expect(validate(lists, JSON.parse('{"constructor":["welcome"]}'))?.value.constructor).toEqual([
      'welcome',
    ]);
  });
});

describe('oneOf (the saved language)', () => {
  const language = oneOf(['zh-CN', 'en']);
  it('accepts exactly one of the options', () => {
    expect(validate(language, 'en')).toEqual({ value: 'en' });
    for (const bad of ['EN', 'fr', '', 'zh', null, 5, ['en'], { lang: 'en' }]) {
      expect(validate(language, bad), String(bad)).toBeUndefined();
    }
  });
});
