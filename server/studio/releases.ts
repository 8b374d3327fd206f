// Published releases: each publish builds the app into a new folder under
// STUDIO_DATA_DIR/releases/, and only once it is complete does the server switch to it (one
// pointer, kept in releases.json). A failed check or build leaves the running release as it was.
// Rolling back is the same switch to an older folder. Devices get either through the app's
// update policy, as for any new version (/version.json and /sw.js change).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { writeFileAtomic } from './atomic-write.ts';

const ReleaseSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^\d{8}T\d{6}Z-[0-9a-f]{4}$/)),
  by: v.string(),
  at: v.string(),
  contentVersion: v.optional(v.string()),
  buildMs: v.optional(v.number()),
});
export type Release = v.InferOutput<typeof ReleaseSchema>;
const FileSchema = v.object({
  /** The DIST_DIR the releases were published over: a pointer applies to that deployment only. */
  distDir: v.string(),
  current: v.nullable(v.string()),
  releases: v.array(ReleaseSchema),
});

/** The project's root: where the build runs (vite.config.ts, src/, node_modules/). */
const projectRoot = () => resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** A build that takes longer is stopped (and changes nothing). */
const BUILD_TIMEOUT_MS = 5 * 60_000;

/** The id that names the build installed with the server (DIST_DIR) in a rollback. */
export const INSTALLED = 'installed';

export class BuildError extends Error {
  override name = 'BuildError';
}

export class ReleaseStore {
  private readonly file: string;
  private readonly dir: string;
  private state: v.InferOutput<typeof FileSchema>;
  private busy = false;

  constructor(
    private readonly dataDir: string,
    private readonly defaultRoot: string,
    private readonly keep: number,
  ) {
    this.dir = join(dataDir, 'releases');
    this.file = join(dataDir, 'releases.json');
    this.state = this.read();
    // Where the studio is set up (its data folder exists), the link is there from the start.
    if (existsSync(dataDir)) this.pointLink();
  }

  /** The folder the static app serves now: the current release, else DIST_DIR. */
  currentRoot = (): string => {
    const { current } = this.state;
    return current ? join(this.dir, current) : this.defaultRoot;
  };

  list(): { current: string | null; releases: Release[] } {
    return { current: this.state.current, releases: [...this.state.releases].reverse() };
  }

  get publishing(): boolean {
    return this.busy;
  }

  /** Builds `contentDir` into a new release and switches to it. Throws a BuildError. */
  async publish(contentDir: string, by: string): Promise<Release> {
    if (this.busy) throw new BuildError('another publish is running');
    this.busy = true;
    try {
      const now = new Date();
      const id = `${now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')}-${Math.random().toString(16).slice(2, 6).padEnd(4, '0')}`;
      const outDir = join(this.dir, id);
      const started = performance.now();
      try {
        await runBuild(contentDir, outDir);
        if (!existsSync(join(outDir, 'index.html')))
          throw new BuildError('the build made no index.html');
      } catch (error) {
        rmSync(outDir, { recursive: true, force: true });
        throw error instanceof BuildError ? error : new BuildError(String(error));
      }
      const release: Release = {
        id,
        by,
        at: now.toISOString(),
        contentVersion: contentVersionOf(outDir),
        buildMs: Math.round(performance.now() - started),
      };
      this.state = { ...this.state, current: id, releases: [...this.state.releases, release] };
      this.write();
      this.prune();
      return release;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Switches back (or forward) to a kept release, or with INSTALLED to the build installed with
   * the server (DIST_DIR), which undoes even the first publish.
   */
  switchTo(id: string): Release | typeof INSTALLED | undefined {
    if (id === INSTALLED) {
      this.state = { ...this.state, current: null };
      this.write();
      return INSTALLED;
    }
    const release = this.state.releases.find((r) => r.id === id);
    if (!release || !existsSync(join(this.dir, id, 'index.html'))) return undefined;
    this.state = { ...this.state, current: id };
    this.write();
    return release;
  }

  private prune(): void {
    const { releases, current } = this.state;
    const dropped = releases
      .slice(0, Math.max(0, releases.length - this.keep))
      .filter((r) => r.id !== current);
    for (const release of dropped)
      rmSync(join(this.dir, release.id), { recursive: true, force: true });
    this.state = { ...this.state, releases: releases.filter((r) => !dropped.includes(r)) };
    this.write();
  }

  private read(): v.InferOutput<typeof FileSchema> {
    try {
      const parsed = v.safeParse(FileSchema, JSON.parse(readFileSync(this.file, 'utf8')));
      if (parsed.success && parsed.output.distDir === this.defaultRoot) {
        const { current } = parsed.output;
        // A release folder removed by hand: serve DIST_DIR rather than nothing.
        const usable = current && existsSync(join(this.dir, current, 'index.html'));
        return { ...parsed.output, current: usable ? current : null };
      }
    } catch {
      // No releases yet.
    }
    return { distDir: this.defaultRoot, current: null, releases: [] };
  }

  private write(): void {
    writeFileAtomic(this.file, `${JSON.stringify(this.state, null, 2)}\n`);
    this.pointLink();
  }

  /**
   * STUDIO_DATA_DIR/current: a symbolic link to the folder served now, swapped atomically (a new
   * link, then a rename over the old), for an nginx that serves the files itself (`root` there).
   */
  private pointLink(): void {
    const link = join(this.dataDir, 'current');
    const next = `${link}.next`;
    rmSync(next, { force: true });
    symlinkSync(this.currentRoot(), next);
    renameSync(next, link);
  }
}

function runBuild(contentDir: string, outDir: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/studio/build-release.ts', contentDir, outDir],
      { cwd: projectRoot(), timeout: BUILD_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return resolvePromise();
        // The build's own words (a content problem, a missing file), without our paths' noise.
        const reason = stderr
          .split('\n')
          .filter((line) => line.trim() !== '')
          .slice(-8)
          .join('\n');
        reject(new BuildError(reason || error.message));
      },
    );
  });
}

function contentVersionOf(outDir: string): string | undefined {
  try {
    const parsed = v.safeParse(
      v.object({ contentVersion: v.string() }),
      JSON.parse(readFileSync(join(outDir, 'version.json'), 'utf8')),
    );
    return parsed.success ? parsed.output.contentVersion : undefined;
  } catch {
    return undefined;
  }
}
