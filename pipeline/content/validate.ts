import * as v from 'valibot';
import { englishName } from './languages.ts';
import type { Problem } from './problems.ts';
import type { FieldPath, YamlFile } from './yaml-file.ts';

/** `facts[2].en` — how a field is named in messages, matching what the editor sees in the file. */
function fieldName(path: FieldPath): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

/**
 * Checks parsed YAML against a schema; every issue becomes a problem with its line. A missing
 * field named after one of `languages` is a missing text in that language.
 */
export function validate<const Schema extends v.GenericSchema>(
  schema: Schema,
  yaml: YamlFile,
  problems: Problem[],
  languages: readonly string[] = [],
): v.InferOutput<Schema> | undefined {
  const result = v.safeParse(schema, yaml.data);
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const path: FieldPath = (issue.path ?? []).map((item) => item.key as string | number);
    problems.push({
      file: yaml.file,
      line: yaml.lineOf(path),
      message: describeIssue(issue, path, languages),
    });
  }
  return undefined;
}

function describeIssue(
  issue: v.BaseIssue<unknown>,
  path: FieldPath,
  languages: readonly string[],
): string {
  const field = path.length > 0 ? `"${fieldName(path)}"` : 'the file';
  if (issue.input === undefined && path.length > 0) {
    const last = path[path.length - 1];
    return typeof last === 'string' && languages.includes(last)
      ? `${field} is missing: add the ${englishName(last)} text`
      : `${field} is missing: add it`;
  }
  // A key the schema does not know (`expected: never`), not an object of the wrong type.
  if (issue.type === 'strict_object' && issue.expected === 'never' && path.length > 0) {
    const key = String(path[path.length - 1]);
    const hint = /\s/.test(key)
      ? ' (if this is part of a text, put the whole text in "quotes": a comma inside { } ends a text)'
      : '';
    return `unknown field ${field}: remove it or check its spelling${hint} (see docs/content-format.md)`;
  }
  if (issue.input === null) return `${field} is empty: fill it in`;
  return `${field} ${issue.message}`;
}
