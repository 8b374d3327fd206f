/** One thing wrong with the content, said so that a non-programmer can fix it. */
export interface Problem {
  /** Path of the file as the editor knows it, e.g. `content/stops/welcome/stop.yaml`. */
  file: string;
  line?: number;
  message: string;
}

/** `path[:line]: message`, one line per problem. */
function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.message}`;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

/** Thrown by the build when content is invalid; carries every problem, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The tour content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`,
    );
    this.name = 'ContentError';
  }
}
