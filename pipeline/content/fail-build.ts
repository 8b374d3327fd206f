import type { Logger } from 'vite';
import { ContentError, type Problem } from './problems.ts';

/**
 * Stops `vite build` with the list of content problems and nothing else: the list is the whole
 * message for a content editor, never a bundler's stack trace. (The dev server keeps running and
 * shows the same list: the caller throws there instead.)
 */
export function failBuild(logger: Logger, problems: Problem[]): never {
  logger.error(`\n${new ContentError(problems).message}\n`);
  process.exit(1);
}
