// The build ships the sanitised text of each content SVG (pipeline/content/svg.ts), never the
// editor's file. Vite emits assets from files, so the text is written to a cache file of the same
// name (the shipped name stays readable: centrifuge.en-<hash>.svg).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const CACHE_DIR = resolve('node_modules/.cache/sbc-svg');

/** The path of a file holding `text`, named like `source`. */
export function safeSvgFile(source: string, text: string, cacheDir = CACHE_DIR): string {
  const key = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const file = join(cacheDir, key, basename(source));
  if (!existsSync(file)) {
    mkdirSync(join(cacheDir, key), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  }
  return file;
}
