// `npm run content:check [DIR]`: checks the tour content and lists every problem, one per line.
import { resolve } from 'node:path';
import { contentDirFrom } from '../tour-build.ts';
import { loadContent } from './load-content.ts';
import { formatProblems } from './problems.ts';

const dir = process.argv[2] ? resolve(process.argv[2]) : contentDirFrom(process.env);
try {
  const result = loadContent(dir);
  if (result.content) {
    const { stops, tours, glossary, version } = result.content;
    console.log(
      `Content OK: ${stops.length} stops, ${tours.length} tours, ${glossary.length} glossary terms (version ${version}).`,
    );
  } else {
    console.error(formatProblems(result.problems));
    console.error(
      `\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found. Fix them and run "npm run content:check" again.`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  // A bug in the checker itself, not in the content: still one line, never a stack trace.
  console.error(`${dir}: the content check failed unexpectedly (${(error as Error).message})`);
  process.exitCode = 1;
}
