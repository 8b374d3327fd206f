// Broken content for the tests: a copy of the valid fixture in a temporary folder, changed by
// the test, so each case starts from good content and shows exactly one mistake.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, expect } from 'vitest';
import { loadContent } from '../../../pipeline/content/load-content.ts';
import { formatProblems } from '../../../pipeline/content/problems.ts';

export const VALID = 'test/fixtures/content/valid';
/** The valid fixture with a third language (French), its translations included. */
export const THREE_LANGUAGES = 'test/fixtures/content/three-languages';
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a fixture (the valid one unless told) with something changed (removed after the test). */
export function brokenCopy(change: (dir: string) => void, from = VALID): string {
  const dir = mkdtempSync(join(tmpdir(), 'sbc-content-'));
  made.push(dir);
  cpSync(from, dir, { recursive: true });
  change(dir);
  return dir;
}

export function edit(dir: string, file: string, replace: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, replace(readFileSync(path, 'utf8')));
}

/** Adds an image to the first stop's stop.yaml (the file itself is the test's to make). */
export function addImage(dir: string, file: string): void {
  edit(dir, 'stops/first-stop/stop.yaml', (text) =>
    text.replace(
      'guide:',
      `  - file: ${file}\n    alt: { zh-CN: 图。, en: A picture. }\n    credit: { zh-CN: 测试, en: Test }\nguide:`,
    ),
  );
}

/** The problems of a content folder, one per line, with paths relative to the folder. */
export function problemsOf(dir: string): string {
  const result = loadContent(dir);
  expect(result.content, 'broken content must not load').toBeUndefined();
  return formatProblems(
    result.problems.map((p) => ({ ...p, file: relative(dir, join(process.cwd(), p.file)) })),
  );
}
