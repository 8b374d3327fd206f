// The bench's size table of a build. Initial JS, initial CSS and the precache are the budget
// check's own figures (dist-sizes.ts), so the two never disagree about the same build.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileSizes, initialScripts, initialStyles, kb } from './dist-sizes.ts';
import { type Cell, markdownTable } from './markdown-table.ts';
import { precacheUrls } from './precache-list.ts';

/** Every file of a build, relative to `dist`. */
function filesUnder(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)));
}

export function sizeTable(dist: string): string {
  const row = (what: string, files: string[]): Cell[] => {
    const size = fileSizes(dist, files);
    return [what, files.length, kb(size.raw), kb(size.gzip)];
  };
  const rows: Cell[][] = [
    row('initial JS for `/`', initialScripts(dist)),
    row('initial CSS for `/`', initialStyles(dist)),
  ];
  if (existsSync(join(dist, 'sw.js'))) {
    const urls = precacheUrls(dist);
    const files = urls.filter((url) => existsSync(join(dist, url)));
    const missing = urls.length - files.length;
    rows.push(
      row(
        `total precache (dist/sw.js)${missing ? `, ${missing} entries not in dist/` : ''}`,
        files,
      ),
    );
  } else {
    rows.push(['total precache', 'n/a (no service worker in this build)', '', '']);
  }
  const all = filesUnder(dist);
  const inPrint = (file: string) => file.startsWith('print');
  rows.push(
    row(
      'fonts',
      all.filter((file) => /\.(woff2?|ttf|otf)$/.test(file)),
    ),
    row(
      'images (app, not print/)',
      all.filter((file) => /\.(svg|png|jpe?g|webp|avif|gif|ico)$/.test(file) && !inPrint(file)),
    ),
    row('print/ (QR signs)', all.filter(inPrint)),
    row('all of dist/', all),
  );
  return markdownTable('Size', ['what', 'files', 'raw', 'gzip -9'], rows);
}
