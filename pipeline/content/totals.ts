import { DISTINCT_CHARACTERS_LIMIT, formatSize, TOTAL_SHIPPED_LIMIT } from './limits.ts';
import type { Problem } from './problems.ts';
import type { ReadFile } from './read-file.ts';

// Limits on the content as a whole (docs/content-format.md, "Limits"): what every file is within
// its own limit can still add up to more than a phone keeps offline.

/** The biggest files first, as "name (size)", for a message. */
const biggest = (entries: [string, number][], show: (value: number) => string) =>
  entries
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([file, value]) => `${file} (${show(value)})`)
    .join(', ');

export function checkTotals(
  files: Map<string, ReadFile>,
  display: (path: string) => string,
  folder: string,
  problems: Problem[],
): void {
  const shipped = [...files].filter(([, { kind }]) => kind !== 'photo');
  const sizes = shipped.map(([path, { bytes }]): [string, number] => [display(path), bytes.length]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  if (total > TOTAL_SHIPPED_LIMIT) {
    problems.push({
      file: folder,
      message: `the texts and diagrams add up to ${formatSize(total)}, more than the ${formatSize(TOTAL_SHIPPED_LIMIT)} a phone keeps offline: make the biggest files smaller: ${biggest(sizes, formatSize)}`,
    });
  }

  // Latin letters, digits and punctuation are always in the font; the rest is cut from the texts.
  const all = new Set<number>();
  const perFile: [string, number][] = [];
  for (const [path, { kind, bytes }] of shipped) {
    if (kind === 'svg') continue; // an SVG is drawn with the device's own fonts
    const own = new Set<number>();
    for (const char of bytes.toString('utf8')) {
      const code = char.codePointAt(0)!;
      if (code > 0x7f) own.add(code);
    }
    for (const code of own) all.add(code);
    perFile.push([display(path), own.size]);
  }
  if (all.size > DISTINCT_CHARACTERS_LIMIT) {
    const count = (value: number) => value.toLocaleString('en');
    problems.push({
      file: folder,
      message: `the texts use ${count(all.size)} different characters, more than the ${count(DISTINCT_CHARACTERS_LIMIT)} the app's font can carry offline: look for pasted text in other scripts or rare characters in the files with the most: ${biggest(perFile, (value) => `${count(value)} characters`)}`,
    });
  }
}
