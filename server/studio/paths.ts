// Where each studio document lives in the content folder. Every path the studio reads or writes is
// made here from a checked id and a checked file name, and must stay inside the content folder:
// an id with `../`, an absolute path or an odd name is refused before any file is touched.
import { lstatSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export const DOCUMENT_KINDS = ['stop', 'tour', 'glossary', 'site'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The content's id pattern (pipeline/content/schema.ts). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A stop's Markdown texts: `body.en.md`, `depth.zh-CN.md`. */
export const TEXT_FILE = /^(body|depth)\.([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)\.md$/;

export class PathError extends Error {
  override name = 'PathError';
}

export interface DocumentRef {
  kind: DocumentKind;
  /** The stop's or tour's id; `glossary` and `site` for the two single files. */
  id: string;
}

/** Refuses anything that is not a kind and an id of the content's pattern. */
export function documentRef(kind: string, id: string): DocumentRef {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) throw new PathError('unknown kind');
  if (kind === 'glossary' || kind === 'site') {
    if (id !== kind) throw new PathError('bad id');
  } else if (!ID_PATTERN.test(id) || id.length > 64) throw new PathError('bad id');
  return { kind: kind as DocumentKind, id };
}

/** The YAML file of a document, relative to the content folder (forward slashes). */
export function yamlFileOf(ref: DocumentRef): string {
  switch (ref.kind) {
    case 'stop':
      return `stops/${ref.id}/stop.yaml`;
    case 'tour':
      return `tours/${ref.id}.yaml`;
    default:
      return `${ref.kind}.yaml`;
  }
}

/** The folder a stop's texts and images are in, relative to the content folder. */
export function stopFolderOf(ref: DocumentRef): string {
  if (ref.kind !== 'stop') throw new PathError('only stops have a folder');
  return `stops/${ref.id}`;
}

/** `stops/<id>/<name>` for a stop's text file, refusing every other name. */
export function textFileOf(ref: DocumentRef, name: string): string {
  if (ref.kind !== 'stop' || !TEXT_FILE.test(name)) throw new PathError('bad text file name');
  return `${stopFolderOf(ref)}/${name}`;
}

/**
 * The absolute path of `rel` in the content folder; refuses a path that leaves it and a symbolic
 * link (the loader refuses those too, and a write through one could land anywhere).
 */
export function insideContent(contentDir: string, rel: string): string {
  if (isAbsolute(rel) || rel.split('/').some((part) => part === '..' || part === '')) {
    throw new PathError('path outside the content folder');
  }
  const path = resolve(contentDir, rel);
  const back = relative(contentDir, path);
  if (back === '' || back.startsWith(`..${sep}`) || back === '..' || isAbsolute(back)) {
    throw new PathError('path outside the content folder');
  }
  let at = contentDir;
  for (const part of back.split(sep)) {
    at = join(at, part);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink()) throw new PathError('symbolic link in the content folder');
  }
  return path;
}
