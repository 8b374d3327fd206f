import { describe, expect, it } from 'vitest';
import {
  decideUpdate,
  failuresOf,
  nextApplyStep,
  RELOAD_EVERY,
  settleAttempt,
  startAttempt,
  updateStatus,
} from '../../../src/pwa/update-policy.ts';

describe('decideUpdate', () => {
  it('does nothing in any mode when no update waits', () => {
    for (const mode of ['visitor', 'kiosk', 'guide', 'live'] as const) {
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

  it('never shows or applies an update to a follower during a live tour', () => {
    // No banner to tap by mistake, and no idle reset that would reload under the reader.
    expect(decideUpdate('live', true, 'showing')).toBe('none');
    expect(decideUpdate('live', true, 'idle-reset')).toBe('none');
    // Once the tour is over the page is a visitor's again: the usual banner.
    expect(decideUpdate('visitor', true, 'showing')).toBe('banner');
  });
});

describe('applying an update, attempt after attempt', () => {
  it('asks the waiting worker twice, then reloads, and so on', () => {
    expect(RELOAD_EVERY).toBe(3);
    expect([0, 1, 2, 3, 4, 5, 6].map(nextApplyStep)).toEqual([
      'skip-waiting',
      'skip-waiting',
      'reload',
      'skip-waiting',
      'skip-waiting',
      'reload',
      'skip-waiting',
    ]);
  });

  it('counts a step under way as failed when the new page still runs the same build', () => {
    const asked = startAttempt(null, 'a', 'skip-waiting');
    expect(asked).toEqual({
      fromBuild: 'a',
      failures: 0,
      pending: 'skip-waiting',
      appliedAt: null,
    });
    expect(settleAttempt(asked, 'a', 'T')).toEqual({ ...asked, pending: null, failures: 1 });
    // Nothing under way: nothing changes.
    const idle = { ...asked, pending: null };
    expect(settleAttempt(idle, 'a', 'T')).toBe(idle);
    expect(settleAttempt(null, 'a', 'T')).toBeNull();
  });

  it('knows the update was applied when the new page runs another build', () => {
    const asked = { fromBuild: 'a', failures: 2, pending: 'reload' as const, appliedAt: null };
    const applied = settleAttempt(asked, 'b', '2026-12-01T10:00:00.000Z');
    expect(applied).toEqual({ ...asked, pending: null, appliedAt: '2026-12-01T10:00:00.000Z' });
    // Later pages of build b keep the first time it was applied.
    expect(settleAttempt(applied, 'b', 'later')).toEqual(applied);
  });

  it('starts each new update with no failures, and keeps counting for the same build', () => {
    const applied = { fromBuild: 'a', failures: 4, pending: null, appliedAt: 'T' };
    expect(failuresOf(applied, 'b')).toBe(0);
    expect(startAttempt(applied, 'b', 'skip-waiting').failures).toBe(0);
    const failed = { fromBuild: 'b', failures: 1, pending: null, appliedAt: null };
    expect(failuresOf(failed, 'b')).toBe(1);
    expect(startAttempt(failed, 'b', 'skip-waiting').failures).toBe(1);
  });

  it('tells the staff panel the truth: none, pending, applying, retrying, applied', () => {
    expect(updateStatus(false, null, 'a')).toBe('none');
    expect(updateStatus(true, null, 'a')).toBe('pending');
    const asked = startAttempt(null, 'a', 'skip-waiting');
    expect(updateStatus(true, asked, 'a')).toBe('applying');
    const failed = { ...asked, pending: null, failures: 1 };
    expect(updateStatus(true, failed, 'a')).toBe('retrying');
    expect(updateStatus(false, { ...failed, appliedAt: 'T' }, 'b')).toBe('applied');
    // Applied, and the next update already waits: that one is pending.
    expect(updateStatus(true, { ...failed, appliedAt: 'T' }, 'b')).toBe('pending');
  });
});
