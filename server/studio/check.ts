// The same check as the build (pipeline/content/load-content.ts), run by the studio: on the
// content folder as saved, or on a draft (the saved folder with the edited files laid over it, in
// a temporary copy, so nothing unsaved ever touches the content folder).
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { loadContent } from '../../pipeline/content/load-content.ts';
import type { Problem } from '../../pipeline/content/problems.ts';
import { writeFileAtomic } from './atomic-write.ts';

/** A problem with its file relative to the content folder (`stops/welcome/stop.yaml`) and its field. */
export interface StudioProblem extends Problem {
  /** The field the message names (`title.en`, `facts[2].zh-CN`), when it names one. */
  field?: string;
}

/** Checks `contentDir`, with `draft` (relative path → text) written over it when given. */
export function checkContent(
  contentDir: string,
  draft: Record<string, string> = {},
): StudioProblem[] {
  if (Object.keys(draft).length === 0) return problemsOf(contentDir);
  const copy = mkdtempSync(join(tmpdir(), 'sbc-studio-check-'));
  const root = join(copy, basename(contentDir));
  try {
    // Dot files (.git, temp files) are not content: the loader skips them too.
    cpSync(contentDir, root, {
      recursive: true,
      filter: (source) => !basename(source).startsWith('.') || source === contentDir,
    });
    for (const [rel, text] of Object.entries(draft)) writeFileAtomic(join(root, rel), text);
    return problemsOf(root);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function problemsOf(root: string): StudioProblem[] {
  const { problems } = loadContent(root);
  return problems.map((problem) => {
    // The loader names files relative to the working directory.
    const file = relative(root, resolve(problem.file)).split('\\').join('/');
    return { ...problem, file, field: fieldOf(problem.message) };
  });
}

/** `"title.en" is missing: …` → `title.en`. */
function fieldOf(message: string): string | undefined {
  return /^(?:unknown field )?"([\w.[\]-]+)"/.exec(message)?.[1];
}

/**
 * The saved content's problems, checked again only when a file changed (its name, size or time):
 * the list and the editors ask often, and a full check takes about a second.
 */
export function savedContentChecker(contentDir: string): () => StudioProblem[] {
  let last: { fingerprint: string; problems: StudioProblem[] } | undefined;
  return () => {
    const fingerprint = fingerprintOf(contentDir);
    if (last?.fingerprint !== fingerprint)
      last = { fingerprint, problems: checkContent(contentDir) };
    return last.problems;
  };
}

function fingerprintOf(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(at, entry.name);
      const stat = lstatSync(path);
      hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\0${stat.mode}\0`);
      if (entry.isDirectory()) walk(path);
    }
  };
  try {
    walk(dir);
  } catch {
    hash.update('unreadable');
  }
  return hash.digest('hex');
}
