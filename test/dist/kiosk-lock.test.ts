// The staff PIN hash on the built files: every phone loads "/", so the hash (and its salt) must
// not be in any script of the initial load; only the kiosk's own chunks carry it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialScripts, withStaticImports } from '../../scripts/lib/dist-sizes.ts';
import { builtContent } from '../support/built-content.ts';

const DIST = 'dist';
const [, , salt, hash] = builtContent().site.kiosk.staffPinHash.split('$');
const scripts = readdirSync(join(DIST, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `assets/${name}`);
const holding = (needle: string) =>
  scripts.filter((file) => readFileSync(join(DIST, file), 'utf8').includes(needle));
/** A mode's chunk and everything it imports statically. */
const chunkOf = (name: string) => {
  const entry = scripts.filter((file) => file.startsWith(`assets/${name}-`));
  expect(entry, name).toHaveLength(1);
  return withStaticImports(DIST, entry);
};

describe('the staff PIN hash in the build', () => {
  it('is in no script of the initial load of "/", nor in index.html', () => {
    const initial = initialScripts(DIST);
    expect(initial.length).toBeGreaterThan(0);
    for (const needle of [hash, salt]) {
      expect(holding(needle).filter((file) => initial.includes(file))).toEqual([]);
    }
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).not.toContain(salt);
  });

  it('is only in what the kiosk loads: not in the guide’s or the visitor’s chunks', () => {
    const withHash = holding(hash);
    expect(withHash.length).toBeGreaterThan(0);
    expect(holding(salt)).toEqual(withHash);
    const kiosk = chunkOf('KioskApp');
    const others = [...initialScripts(DIST), ...chunkOf('GuideApp'), ...chunkOf('visitor-pages')];
    for (const file of withHash) {
      expect(kiosk, file).toContain(file);
      expect(others, file).not.toContain(file);
    }
  });
});
