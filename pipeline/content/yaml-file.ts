import { isAlias, isNode, LineCounter, parseDocument, visit } from 'yaml';
import type { Problem } from './problems.ts';

export type FieldPath = (string | number)[];

/** A parsed YAML file that can tell on which line a field stands, for error messages. */
export interface YamlFile {
  file: string;
  data: unknown;
  /** Line of the field at `path`, or of its nearest existing parent. */
  lineOf(path: FieldPath): number | undefined;
}

const MAX_YAML_ERRORS = 10;

export function parseYaml(text: string, file: string, problems: Problem[]): YamlFile | undefined {
  const lineCounter = new LineCounter();
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    // The yaml package throws only on input no editor writes by hand (e.g. thousands of nested [).
    problems.push({
      file,
      line: lineOfError(error),
      message: `this file cannot be read as YAML (${firstLine(error)}): check its indentation and quotes`,
    });
    return undefined;
  }
  if (document.errors.length > 0) {
    // One mistake can make the parser complain many times over: each complaint once, the first few.
    const reported = new Set<string>();
    for (const error of document.errors) {
      const problem = {
        file,
        line: error.linePos?.[0].line,
        message: `not valid YAML: ${explainYamlError(error.code, error.message)}`,
      };
      const key = `${problem.line}:${problem.message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      if (reported.size > MAX_YAML_ERRORS) {
        problems.push({ file, message: 'more YAML errors follow: fix the ones above first' });
        break;
      }
      problems.push(problem);
    }
    return undefined;
  }
  const lineOf = (path: FieldPath): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // toJS() refuses aliases that would expand to a huge document ("billion laughs").
    const aliases = /alias/i.test(firstLine(error));
    problems.push({
      file,
      line: aliases ? firstAliasLine(document, lineCounter) : lineOfError(error),
      message: aliases
        ? 'this file repeats too much through YAML aliases (&name … *name): write the texts out in full instead'
        : `this file cannot be read as YAML (${firstLine(error)})`,
    });
    return undefined;
  }
  return { file, data, lineOf };
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}

function lineOfError(error: unknown): number | undefined {
  return (error as { linePos?: { line: number }[] })?.linePos?.[0]?.line;
}

function firstAliasLine(
  document: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
): number | undefined {
  let line: number | undefined;
  visit(document, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

function explainYamlError(code: string, message: string): string {
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (/call stack/i.test(message))
    return 'the brackets [ ] or { } are nested far too deeply: check them';
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'the same field is written twice: keep only one';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `${firstLine} (check the indentation: use spaces, aligned with the lines above)`;
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return `${firstLine} (a text containing ": " or starting with a special character must be in quotes)`;
    default:
      return firstLine;
  }
}
