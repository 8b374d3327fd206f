import { describe, expect, it } from 'vitest';
import { safePath } from '../../../src/routing/safe-path.ts';

describe('safePath', () => {
  it('leaves well-formed paths as they are', () => {
    for (const path of ['/', '/stops/welcome', '/stops/%E4%B8%AD', '/guide/custom', '/a%20b']) {
      expect(safePath(path)).toBe(path);
    }
  });

  it('escapes the % of malformed escapes, so every segment decodes to what was typed', () => {
    for (const [path, typed] of [
      ['/stops/%ff', '/stops/%ff'],
      ['/guide/%E0%A4%A', '/guide/%E0%A4%A'],
      ['/kiosk/stops/%', '/kiosk/stops/%'],
      ['/stops/%zz/x', '/stops/%zz/x'],
    ]) {
      const safe = safePath(path);
      const decoded = safe.split('/').map(decodeURIComponent).join('/');
      expect(decoded).toBe(typed);
    }
  });

  it('touches only the malformed segment', () => {
    expect(safePath('/stops/%E4%B8%AD/%ff')).toBe('/stops/%E4%B8%AD/%25ff');
  });
});
