import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
} from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { FILE_LIMITS, type FileKind, formatSize, TOO_BIG_FIX } from './limits.ts';
import type { Problem } from './problems.ts';
import { decodeText } from './read-text.ts';

// The one way the content pipeline reads a file. Content comes from people, and what they put in
// content/ is published: so only regular files inside the content folder are read (never what a
// symbolic link points at, never a device or a pipe), each within the size limit of its kind.

/** What is at a path, without following a symbolic link. */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'other' | 'missing';

export function entryKind(path: string): EntryKind {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return 'symlink';
    if (stat.isFile()) return 'file';
    if (stat.isDirectory()) return 'directory';
    return 'other';
  } catch {
    return 'missing';
  }
}

/** Why an entry that is not a plain file or folder is refused, in words an editor can act on. */
export const NOT_A_FILE: Record<'symlink' | 'other', string> = {
  symlink:
    'this is a symbolic link (a shortcut to something else): the content may hold only real files and folders, so put the file itself here',
  other:
    'this is not an ordinary file (it is a device, a pipe or a socket): replace it with a real file',
};

export interface ReadFile {
  kind: FileKind;
  bytes: Buffer;
}

export interface ContentReader {
  /** The bytes of a content file, or undefined after saying in `problems` why it cannot be read. */
  bytes(path: string, kind: FileKind): Buffer | undefined;
  /** The text of a content file (UTF-8, line endings turned into "\n"), or undefined. */
  text(path: string, kind: FileKind): string | undefined;
  /** Every file read, with its bytes: for the version hash and the totals. */
  readonly files: Map<string, ReadFile>;
  /** The name of a file as the editor knows it, for messages. */
  display(path: string): string;
}

/** `root` must be an existing folder. `display` turns a path into the name an editor sees. */
export function contentReader(
  root: string,
  display: (path: string) => string,
  problems: Problem[],
): ContentReader {
  const realRoot = realpathSync(root);
  const files = new Map<string, ReadFile>();

  const bytes = (path: string, kind: FileKind): Buffer | undefined => {
    const file = display(path);
    const refuse = (message: string) => {
      problems.push({ file, message });
      return undefined;
    };
    if (!isInside(root, resolve(path))) {
      return refuse('this file is outside the content folder: only files in the folder are read');
    }
    const entry = entryKind(path);
    if (entry === 'missing')
      return refuse('the file is missing: create it (see docs/content-format.md)');
    if (entry === 'directory') return refuse('this is a folder, but a file is expected here');
    if (entry !== 'file') return refuse(NOT_A_FILE[entry]);
    // A folder on the way may itself be a link to somewhere else.
    if (!isInside(realRoot, realpathSync(dirname(path)))) {
      return refuse(
        'this file is in a folder that is a symbolic link to somewhere outside the content folder: put the real folder here',
      );
    }
    const data = readRegularFile(path, FILE_LIMITS[kind]);
    if (data === 'not-a-file') return refuse(NOT_A_FILE.other);
    if (typeof data === 'string') return refuse(`the file cannot be read (${data})`);
    if (typeof data === 'number') {
      return refuse(
        `the file is ${formatSize(data)}, more than the ${formatSize(FILE_LIMITS[kind])} a ${KIND_NAMES[kind]} may have: ${TOO_BIG_FIX[kind]}`,
      );
    }
    files.set(path, { kind, bytes: data });
    return data;
  };

  const text = (path: string, kind: FileKind): string | undefined => {
    const data = bytes(path, kind);
    return data === undefined ? undefined : decodeText(data, display(path), problems);
  };

  return { bytes, text, files, display };
}

const KIND_NAMES: Record<FileKind, string> = {
  yaml: 'YAML file',
  markdown: 'stop body',
  svg: 'diagram (SVG)',
  photo: 'photo',
  translation: 'translation file',
};

/** `path` is `root` or below it. */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * Reads at most `limit` bytes of a regular file. Opened without following a link and without
 * waiting on a pipe, then checked again, so nothing swapped in after the check is read either.
 * Returns the size instead when the file is bigger than `limit`, or the error code.
 */
function readRegularFile(path: string, limit: number): Buffer | number | string {
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  let fd: number;
  try {
    fd = openSync(path, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return code === 'ELOOP' ? 'not-a-file' : code;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return 'not-a-file';
    if (stat.size > limit) return stat.size;
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read) {
      read = readSync(fd, buffer, length, buffer.length - length, null);
    }
    // It grew while being read.
    if (length > limit) return length;
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
