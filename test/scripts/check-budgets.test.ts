import { describe, expect, it } from 'vitest';
import { BUDGETS, overBudget, report } from '../../scripts/check-budgets.ts';
import { measure } from '../../scripts/lib/dist-sizes.ts';
import { fakeDist } from './support/fake-dist.ts';

describe('budget check', () => {
  it('reports the figures of a build', () => {
    expect(report(measure(fakeDist()))).toContain('initial JS for "/"');
  });

  it('passes within the budgets and fails with the figures when one is exceeded', () => {
    const small = measure(fakeDist(1000));
    expect(overBudget(small)).toEqual([]);
    const large = measure(fakeDist(BUDGETS.initialJsGzip * 2));
    expect(overBudget(large)).toEqual([
      expect.stringMatching(
        /^initial JS for "\/" is [\d.]+ KB gzip, over the budget of 35\.50 KB$/,
      ),
    ]);
    expect(overBudget(small, { ...BUDGETS, precacheTotal: 100 })).toEqual([
      expect.stringMatching(/^the precache is [\d.]+ MB, over the budget of 0\.00 MB$/),
    ]);
  });
});
