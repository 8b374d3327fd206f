import { describe, expect, it } from 'vitest';
import { handoutUrl, includesDepth } from '../../../../src/modes/visitor/handout-depth.ts';

describe('?depth= on the handout', () => {
  it('includes the in-depth texts only for exactly 1', () => {
    expect(includesDepth('1')).toBe(true);
    for (const value of [undefined, '', '0', 'true', 'yes', ' 1', '11', '1e0', 'depth']) {
      expect(includesDepth(value), String(value)).toBe(false);
    }
  });

  it('keeps ?languages= when the box is ticked or cleared', () => {
    expect(handoutUrl('delegation', undefined, false)).toBe('/tours/delegation/print');
    expect(handoutUrl('delegation', undefined, true)).toBe('/tours/delegation/print?depth=1');
    expect(handoutUrl('delegation', 'both', true)).toBe(
      '/tours/delegation/print?languages=both&depth=1',
    );
    expect(handoutUrl('delegation', 'zh-CN,fr', false)).toBe(
      '/tours/delegation/print?languages=zh-CN%2Cfr',
    );
  });
});
