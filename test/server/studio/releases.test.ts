// The release store: a failed build changes nothing; the pointer and its link follow a switch.
import { existsSync, mkdirSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildError, INSTALLED, ReleaseStore } from '../../../server/studio/releases.ts';
import { makeStudioFixture, type StudioFixture } from './support.ts';

let fixture: StudioFixture;
beforeAll(async () => {
  fixture = await makeStudioFixture({ users: [] });
  mkdirSync(fixture.dataDir, { recursive: true });
});
afterAll(() => fixture?.remove());

describe('studio releases', { timeout: 120_000 }, () => {
  it('serves DIST_DIR until a publish, and links STUDIO_DATA_DIR/current to it', () => {
    const store = new ReleaseStore(fixture.dataDir, resolve('dist'), 3);
    expect(store.currentRoot()).toBe(resolve('dist'));
    expect(readlinkSync(join(fixture.dataDir, 'current'))).toBe(resolve('dist'));
    expect(store.list()).toEqual({ current: null, releases: [] });
  });

  it('a build that fails changes nothing, leaves no folder behind, and says why', async () => {
    const store = new ReleaseStore(fixture.dataDir, resolve('dist'), 3);
    // Content the build refuses: a stop without its texts.
    writeFileSync(join(fixture.contentDir, 'stops/welcome/stop.yaml'), 'id: welcome\n');
    const failure = await store.publish(fixture.contentDir, 'pat').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BuildError);
    expect(String((failure as Error).message)).toMatch(/stop\.yaml/);
    expect(store.currentRoot()).toBe(resolve('dist'));
    expect(store.list().releases).toEqual([]);
    const releasesDir = join(fixture.dataDir, 'releases');
    expect(existsSync(releasesDir) ? readdirSync(releasesDir) : []).toEqual([]);
  });

  it('refuses to switch to a release it does not have; switching to the installed build always works', () => {
    const store = new ReleaseStore(fixture.dataDir, resolve('dist'), 3);
    expect(store.switchTo('20261202T000000Z-abcd')).toBeUndefined();
    expect(store.switchTo(INSTALLED)).toBe(INSTALLED);
    expect(store.currentRoot()).toBe(resolve('dist'));
  });

  it('ignores a pointer made for another DIST_DIR', () => {
    writeFileSync(
      join(fixture.dataDir, 'releases.json'),
      JSON.stringify({ distDir: '/elsewhere', current: '20261202T000000Z-abcd', releases: [] }),
    );
    expect(new ReleaseStore(fixture.dataDir, resolve('dist'), 3).currentRoot()).toBe(
      resolve('dist'),
    );
  });
});
