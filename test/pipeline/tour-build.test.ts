import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../pipeline/content/load-content.ts';
import { createTourBuild } from '../../pipeline/tour-build.ts';
import { tourViteConfig } from '../../vite.config.ts';

// The real loader, only counted: how often a build reads and checks the content folder.
vi.mock('../../pipeline/content/load-content.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../pipeline/content/load-content.ts')>();
  return { ...real, loadContent: vi.fn(real.loadContent) };
});

const FIXTURE = 'test/fixtures/content/valid';
const work = mkdtempSync(join(tmpdir(), 'sbc-tour-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the public base URL', () => {
  it("is site.yaml's unless PUBLIC_BASE_URL is set, without a trailing slash", () => {
    expect(createTourBuild({ CONTENT_DIR: FIXTURE }).publicBaseUrl()).toBe(
      'https://tour.test.example',
    );
    const override = createTourBuild({
      CONTENT_DIR: FIXTURE,
      PUBLIC_BASE_URL: ' http://127.0.0.1:4173/ ',
    });
    expect(override.publicBaseUrl()).toBe('http://127.0.0.1:4173');
    expect(createTourBuild({ CONTENT_DIR: FIXTURE, PUBLIC_BASE_URL: '' }).publicBaseUrl()).toBe(
      'https://tour.test.example',
    );
  });

  it('refuses an override that is not a web address before anything is built', () => {
    expect(() => createTourBuild({ PUBLIC_BASE_URL: 'tour.example.org' })).toThrow(
      /PUBLIC_BASE_URL "tour.example.org" is not a web address/,
    );
  });
});

describe('a build', () => {
  it('reads and checks the content once, and every plugin builds from it', async () => {
    const build = createTourBuild({ CONTENT_DIR: FIXTURE, PUBLIC_BASE_URL: 'https://once.test' });
    const config = tourViteConfig(build);
    const outDir = join(work, 'dist');
    vi.mocked(loadContent).mockClear();
    await viteBuild({
      ...config,
      configFile: false,
      logLevel: 'silent',
      build: { ...config.build, outDir, emptyOutDir: true },
    });
    expect(loadContent).toHaveBeenCalledTimes(1);

    // What the plugins made came from that one reading: the content, its version, the address.
    expect(JSON.parse(readFileSync(join(outDir, 'version.json'), 'utf8'))).toEqual(
      build.identity(),
    );
    expect(readFileSync(join(outDir, 'print/signs.html'), 'utf8')).toContain(
      'https://once.test/stops/first-stop',
    );
    expect(existsSync(join(outDir, 'sw.js'))).toBe(true);
  }, 180_000);
});
