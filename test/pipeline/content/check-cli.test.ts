// `npm run content:check DIR` as an editor runs it: every problem, with file and line, no stack trace.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { brokenCopy, VALID } from './content-copy.ts';
import { EVERY_MISTAKE, makeEveryMistake } from './every-mistake.ts';

function contentCheck(dir: string) {
  const run = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'pipeline/content/check-cli.ts', dir],
    { encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run content:check', () => {
  it('lists every problem with its file and line, and fails without a stack trace', () => {
    const dir = brokenCopy(makeEveryMistake);
    const { status, output } = contentCheck(dir);
    expect(status).toBe(1);
    for (const line of EVERY_MISTAKE)
      expect(output).toMatch(new RegExp(`^\\S*${line.source}`, 'm'));
    expect(output).toMatch(
      /^5 problems found\. Fix them and run "npm run content:check" again\.$/m,
    );
    expect(output).not.toMatch(/^\s+at |failed unexpectedly|Error:/m);
  }, 30_000);

  it('passes good content', () => {
    const { status, output } = contentCheck(VALID);
    expect(output).toMatch(/^Content OK: 2 stops, 1 tours, 2 glossary terms/m);
    expect(status).toBe(0);
  }, 30_000);
});
