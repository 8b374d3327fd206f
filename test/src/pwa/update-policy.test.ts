import { describe, expect, it } from 'vitest';
import { decideUpdate } from '../../../src/pwa/update-policy.ts';

describe('decideUpdate', () => {
  it('does nothing in any mode when no update waits', () => {
    for (const mode of ['visitor', 'kiosk', 'guide'] as const) {
      for (const moment of ['showing', 'accepted', 'idle-reset'] as const) {
        expect(decideUpdate(mode, false, moment), `${mode} ${moment}`).toBe('none');
      }
    }
  });

  it('shows the visitor a banner and applies only when they accept', () => {
    expect(decideUpdate('visitor', true, 'showing')).toBe('banner');
    expect(decideUpdate('visitor', true, 'accepted')).toBe('apply');
    // A phone has no idle reset: a stray call must not reload under the reader.
    expect(decideUpdate('visitor', true, 'idle-reset')).toBe('banner');
  });

  it('shows the guide a discreet indicator and applies only when the guide chooses', () => {
    expect(decideUpdate('guide', true, 'showing')).toBe('indicator');
    expect(decideUpdate('guide', true, 'idle-reset')).toBe('indicator');
    expect(decideUpdate('guide', true, 'accepted')).toBe('apply');
  });

  it('shows nothing on the kiosk and applies at the idle reset (or when staff choose)', () => {
    expect(decideUpdate('kiosk', true, 'showing')).toBe('none');
    expect(decideUpdate('kiosk', true, 'idle-reset')).toBe('apply');
    expect(decideUpdate('kiosk', true, 'accepted')).toBe('apply');
  });
});
