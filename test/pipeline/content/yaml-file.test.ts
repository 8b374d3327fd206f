// Whatever the yaml package refuses becomes a problem with the file and the line, never a crash.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../pipeline/content/problems.ts';
import { parseYaml } from '../../../pipeline/content/yaml-file.ts';
import { brokenCopy, problemsOf } from './content-copy.ts';

/** "Billion laughs": nine aliases of nine aliases of …, a few hundred bytes that expand to millions. */
const ALIAS_BOMB = [
  '- id: plasma',
  '  term: { zh-CN: 血浆, en: plasma }',
  '  definition: { zh-CN: 血浆。, en: Plasma. }',
  '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  '  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  '  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  '  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  '  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  '  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
].join('\n');

const parse = (text: string) => {
  const problems: Problem[] = [];
  const parsed = parseYaml(text, 'file.yaml', problems);
  return { parsed, problems };
};

describe('parseYaml', () => {
  it('names the line of the first alias when aliases would expand too far', () => {
    // The same aliases, as a file of their own (no glossary term before them).
    const bomb = ALIAS_BOMB.split('\n').slice(3).join('\n');
    const { parsed, problems } = parse(bomb);
    expect(parsed).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'file.yaml',
        line: 2,
        message:
          'this file repeats too much through YAML aliases (&name … *name): write the texts out in full instead',
      },
    ]);
  });

  it('reports brackets nested too deeply once, not thousands of times', () => {
    const { problems } = parse(`a: ${'['.repeat(100_000)}`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.length).toBeLessThanOrEqual(11);
    expect(problems[0]).toMatchObject({ file: 'file.yaml', line: 1 });
    expect(problems[0].message).toMatch(/nested far too deeply/);
    expect(new Set(problems.map((p) => `${p.line}${p.message}`)).size).toBe(problems.length);
  });

  it('reports a field written twice, on its line', () => {
    expect(parse('a: 1\nb: 2\na: 3\n').problems).toEqual([
      {
        file: 'file.yaml',
        line: 3,
        message: 'not valid YAML: the same field is written twice: keep only one',
      },
    ]);
  });

  it('reads small, harmless aliases', () => {
    expect(parse('a: &x hello\nb: *x\n').parsed?.data).toEqual({ a: 'hello', b: 'hello' });
  });
});

describe('an alias bomb in the content', () => {
  it('is a problem of glossary.yaml with its line', () => {
    const dir = brokenCopy((d) => writeFileSync(join(d, 'glossary.yaml'), ALIAS_BOMB));
    expect(problemsOf(dir)).toBe(
      'glossary.yaml:5: this file repeats too much through YAML aliases (&name … *name): write the texts out in full instead',
    );
  });
});
