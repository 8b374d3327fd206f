import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { call, type Problem, parsed } from './api.ts';
import { ProblemList } from './ProblemList.tsx';
import { s } from './strings.ts';

const ProblemsSchema = v.object({
  problems: v.array(
    v.object({ file: v.string(), line: v.optional(v.number()), message: v.string() }),
  ),
});

export function ProblemsPage() {
  const [problems, setProblems] = useState<Problem[] | null>(null);
  useEffect(() => {
    void call('GET', '/problems').then((answer) =>
      setProblems(parsed(ProblemsSchema, answer)?.problems ?? null),
    );
  }, []);
  return (
    <main class="studio-main" aria-busy={problems === null}>
      <h1>{s('problems')}</h1>
      {problems && <ProblemList problems={problems} />}
    </main>
  );
}
