// Writes an edited document back into its YAML file through the yaml package's Document API: only
// the values that changed are touched, so comments, key order, quoting and layout of everything
// else stay as the person (or the studio) last wrote them, and a change is a small diff.
import { type Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';

type Path = (string | number)[];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The file's text with `after` written over what it holds now; unchanged input → the same text. */
export function updateYamlText(text: string, after: unknown): string {
  const document = parseDocument(text, { keepSourceTokens: false });
  if (document.errors.length > 0) {
    // A file that does not parse (hand-edited mid-way) is written anew from the edited data.
    return new (document.constructor as typeof Document)(after).toString();
  }
  const before = document.toJS();
  if (equal(before, after)) return text;
  apply(document, [], before, after);
  return document.toString({ lineWidth: 0 });
}

function apply(document: Document, path: Path, before: unknown, after: unknown): void {
  if (equal(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after) && isMap(node(document, path))) {
    for (const key of Object.keys(before)) {
      if (!(key in after)) document.deleteIn([...path, key]);
    }
    for (const [key, value] of Object.entries(after)) {
      if (key in before) apply(document, [...path, key], before[key], value);
      else document.setIn([...path, key], value);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && isSeq(node(document, path))) {
    const common = Math.min(before.length, after.length);
    for (let index = 0; index < common; index++) {
      apply(document, [...path, index], before[index], after[index]);
    }
    for (let index = before.length - 1; index >= after.length; index--) {
      document.deleteIn([...path, index]);
    }
    for (let index = before.length; index < after.length; index++) {
      document.addIn(path, after[index]);
    }
    return;
  }
  const current = node(document, path);
  if (isScalar(current) && !isPlainObject(after) && !Array.isArray(after)) {
    // The node is kept (its comment, its quoting where the new text allows it); only its value changes.
    current.value = after;
    return;
  }
  if (path.length === 0) document.contents = document.createNode(after);
  else document.setIn(path, after);
}

function node(document: Document, path: Path): unknown {
  return path.length === 0 ? document.contents : document.getIn(path, true);
}
