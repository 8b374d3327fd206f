// The budget check and the bench's size table measure a build the same way (scripts/lib/
// dist-sizes.ts): for dist/, both print the same initial JS and CSS to the byte.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sizeTable } from '../../scripts/lib/size-table.ts';

const DIST = 'dist';

/** The budget check as `npm run build` runs it, its printed report. */
const budgetReport = execFileSync(
  process.execPath,
  ['--import', 'tsx', 'scripts/check-budgets.ts', DIST],
  {
    encoding: 'utf8',
  },
);

/** `raw` and `gzip` of a line of the budget report: `  initial JS for "/"  95.06 KB raw, 33.51 KB gzip …` */
function budgetFigures(label: string): [string, string] {
  const line = budgetReport.split('\n').find((l) => l.trimStart().startsWith(label));
  const match = /([\d.]+ KB) raw, ([\d.]+ KB) gzip/.exec(line ?? '');
  expect(match, `${label} in the budget report`).not.toBeNull();
  return [match![1], match![2]];
}

/** `raw` and `gzip` of a row of the bench's table: `| initial JS for \`/\` | 1 | 95.06 KB | 33.51 KB |` */
function benchFigures(table: string, label: string): [string, string] {
  const row = table.split('\n').find((l) => l.startsWith(`| ${label} |`));
  const cells = row?.split('|').map((cell) => cell.trim());
  expect(cells, `${label} in the bench's size table`).toBeDefined();
  return [cells![3], cells![4]];
}

describe('the size figures of dist/', () => {
  const table = sizeTable(DIST);

  it('are the same in the budget check and the bench: initial JS', () => {
    expect(benchFigures(table, 'initial JS for `/`')).toEqual(budgetFigures('initial JS for "/"'));
  });

  it('are the same in the budget check and the bench: initial CSS', () => {
    expect(benchFigures(table, 'initial CSS for `/`')).toEqual(budgetFigures('initial CSS'));
  });
});
