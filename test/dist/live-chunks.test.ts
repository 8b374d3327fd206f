// The live tour's code in the build: the realtime client (socket.io-client) is in a chunk of its
// own, loaded only by import() from the live code, never with the initial JS of "/"; it is
// precached, so a follower page opened offline still starts. Prints the live chunks' sizes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSizes, initialScripts, kb, withStaticImports } from '../../scripts/lib/dist-sizes.ts';

const DIST = 'dist';
const scripts = readdirSync(join(DIST, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `assets/${name}`);
const text = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** The chunk with the realtime client: its default path names it. */
const realtime = scripts.filter((file) => text(file).includes('/socket.io'));
const liveApp = scripts.filter((file) => /^assets\/LiveApp-/.test(file));

describe('live chunks', () => {
  it('keep the realtime client out of the initial JS, in one chunk that is only imported dynamically', () => {
    expect(realtime).toHaveLength(1);
    const initial = withStaticImports(DIST, initialScripts(DIST));
    expect(initial).not.toContain(realtime[0]);
    const name = realtime[0].replace('assets/', '');
    for (const file of scripts) {
      // A static import would be `from"./esm-….js"`; only `import("./esm-….js")` may name it.
      const source = text(file);
      expect(source.includes(`from"./${name}"`), file).toBe(false);
      expect(source.includes(`import"./${name}"`), file).toBe(false);
    }
    expect(withStaticImports(DIST, liveApp)).not.toContain(realtime[0]);
  });

  it('are precached (a follower page opens offline)', () => {
    const sw = text('sw.js');
    for (const file of [...realtime, ...liveApp]) expect(sw, file).toContain(file);
  });

  it('reports their size', () => {
    const app = fileSizes(DIST, withStaticImports(DIST, liveApp));
    const client = fileSizes(DIST, realtime);
    const own = fileSizes(DIST, liveApp);
    console.log(
      [
        'Live chunks (gzip -9):',
        `  LiveApp (the follower page and wall screen)  ${kb(own.gzip)}`,
        `  with its static imports (minus those of "/")  ${kb(app.gzip - fileSizes(DIST, withStaticImports(DIST, initialScripts(DIST))).gzip)}`,
        `  socket.io-client (loaded when a tour is shared or followed)  ${kb(client.gzip)}`,
      ].join('\n'),
    );
    expect(client.gzip).toBeLessThan(20_000);
  });
});
