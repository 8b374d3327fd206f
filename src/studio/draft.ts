// Pure helpers on a draft: reading and writing a value at a path, the path's name as the content
// check writes it (`facts[2].en`), and the leaves two drafts differ in (for merging by hand).

export type Path = (string | number)[];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `facts[2].en`: the name the content check gives a field (pipeline/content/validate.ts). */
export function fieldName(path: Path): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

export function getAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A copy of `data` with `value` at `path` (undefined removes it). */
export function setAt(data: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(data)) {
    const copy = [...data];
    copy[key as number] = setAt(copy[key as number], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = isPlainObject(data) ? { ...data } : {};
  const next = setAt(copy[key as string], rest, value);
  if (next === undefined) delete copy[key as string];
  else copy[key as string] = next;
  return copy;
}

/** A text of the content: an object whose keys are all language codes. */
export function isText(
  value: unknown,
  languages: readonly string[],
): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => languages.includes(key));
}

/** The leaves (texts count as one leaf per language) where `a` and `b` differ. */
export function differences(a: unknown, b: unknown, path: Path = []): Path[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) =>
      differences(a[i], b[i], [...path, i]),
    ).flat();
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => differences(a[key], b[key], [...path, key]));
  }
  return [path];
}

/** An empty item shaped like `template` (texts and strings blank, numbers and flags kept). */
export function blankLike(template: unknown): unknown {
  if (Array.isArray(template)) return [];
  if (isPlainObject(template)) {
    return Object.fromEntries(
      Object.entries(template).map(([key, value]) => [key, blankLike(value)]),
    );
  }
  return typeof template === 'string' ? '' : template;
}
