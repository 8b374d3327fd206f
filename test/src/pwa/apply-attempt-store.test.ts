// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { loadAttempt, saveAttempt } from '../../../src/pwa/apply-attempt-store.ts';

const KEY = 'sbc-tour.updateAttempt';

afterEach(() => sessionStorage.clear());

describe('the stored update attempt', () => {
  it('reads back what was saved', () => {
    const attempt = { fromBuild: 'a', failures: 2, pending: 'reload' as const, appliedAt: null };
    saveAttempt(attempt);
    expect(loadAttempt()).toEqual(attempt);
    saveAttempt(null);
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('drops anything that does not fit, as if no attempt had been made', () => {
    for (const stored of [
      'not json',
      '5',
      '{}',
      '{"fromBuild":"a","failures":-1,"pending":null,"appliedAt":null}',
      '{"fromBuild":"a","failures":1e308,"pending":null,"appliedAt":null}',
      '{"fromBuild":"a","failures":1,"pending":"explode","appliedAt":null}',
      '{"fromBuild":"","failures":1,"pending":null,"appliedAt":null}',
      '{"fromBuild":"a","failures":1,"pending":null,"appliedAt":"yesterday"}',
    ]) {
      sessionStorage.setItem(KEY, stored);
      expect(loadAttempt(), stored).toBeNull();
    }
  });
});
