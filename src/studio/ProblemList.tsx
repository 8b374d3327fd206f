import type { Problem } from './api.ts';
import { s } from './strings.ts';

/** Problems as the content check says them: file, line, and what to do. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return <p>{s('noProblems')}</p>;
  return (
    <ul class="studio-problems">
      {problems.map((problem, index) => (
        <li key={index}>
          <code>
            {problem.file}
            {problem.line ? `:${problem.line}` : ''}
          </code>{' '}
          <span lang="en">{problem.message}</span>
        </li>
      ))}
    </ul>
  );
}
