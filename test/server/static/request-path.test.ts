import { describe, expect, it } from 'vitest';
import { looksLikeFile, requestPath } from '../../../server/static/request-path.ts';

describe('requestPath', () => {
  it.each([
    ['/', '/'],
    ['/stops/welcome?lang=en', '/stops/welcome'],
    ['/assets/index-A1.js', '/assets/index-A1.js'],
    ['/stops/%E7%8C%AE%E8%A1%80', '/stops/献血'],
    ['//stops///welcome', '/stops/welcome'],
    ['/a/./b/../c', '/a/c'],
    ['/print/', '/print/'],
    ['/%2e%2e%2fx', null],
    ['/%252e%252e/x', '/%2e%2e/x'],
    ['/a/%2E%2E/b', '/b'],
  ])('%s → %s', (url, path) => {
    expect(requestPath(url)).toBe(path);
  });

  it.each([
    ['/%ff', 'malformed UTF-8'],
    ['/%E0%A4%A', 'a cut escape'],
    ['/%', 'a lone percent sign'],
    ['/%00', 'NUL'],
    ['/a%2fb', 'an encoded slash'],
    ['/a\\b', 'a backslash'],
    ['/a%5cb', 'an encoded backslash'],
    ['/..', 'above the root'],
    ['/a/../../b', 'above the root, later'],
    ['*', 'not a path'],
    ['http://host/', 'absolute form (rewritten before routing)'],
    ['/caf\u00e9', 'a raw byte outside ASCII'],
  ])('refuses %s (%s)', (url) => {
    expect(requestPath(url)).toBeNull();
  });
});

describe('looksLikeFile', () => {
  it('follows nginx: a last segment ending in .<letters or digits> is a file', () => {
    expect(looksLikeFile('/assets/x.js')).toBe(true);
    expect(looksLikeFile('/print/signs.html')).toBe(true);
    expect(looksLikeFile('/stops/welcome')).toBe(false);
    expect(looksLikeFile('/a.b/c')).toBe(false);
    expect(looksLikeFile('/x.js/')).toBe(false);
    expect(looksLikeFile('/x.')).toBe(false);
  });
});
