import { readFileSync } from 'node:fs';
import type { Problem } from './problems.ts';

/**
 * Reads a content file as UTF-8 text, or reports why it cannot be read as text
 * (missing, a folder, binary, not UTF-8) instead of throwing.
 */
export function readText(path: string, file: string, problems: Problem[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'the file is missing: create it (see docs/content-format.md)'
        : code === 'EISDIR'
          ? 'this is a folder, but a file is expected here'
          : `the file cannot be read (${code ?? 'unknown error'})`;
    problems.push({ file, message: reason });
    return undefined;
  }
  if (bytes.includes(0)) {
    problems.push({
      file,
      message: 'this is not a text file (it contains binary data): save it as UTF-8 text',
    });
    return undefined;
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    problems.push({
      file,
      line,
      message: 'the file is not valid UTF-8 text: save it again with the encoding "UTF-8"',
    });
    return undefined;
  }
  return text.replace(/^\uFEFF/, '');
}
