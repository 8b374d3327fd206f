import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problems.ts';

export type FieldPath = (string | number)[];

/** A parsed YAML file that can tell on which line a field stands, for error messages. */
export interface YamlFile {
  file: string;
  data: unknown;
  /** Line of the field at `path`, or of its nearest existing parent. */
  lineOf(path: FieldPath): number | undefined;
}

export function parseYaml(text: string, file: string, problems: Problem[]): YamlFile | undefined {
  const lineCounter = new LineCounter();
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  } catch {
    problems.push({
      file,
      message: 'this file cannot be read as YAML: check its indentation and quotes',
    });
    return undefined;
  }
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.push({
        file,
        line: error.linePos?.[0].line,
        message: `not valid YAML: ${explainYamlError(error.code, error.message)}`,
      });
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
  return { file, data: document.toJS(), lineOf };
}

function explainYamlError(code: string, message: string): string {
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
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
