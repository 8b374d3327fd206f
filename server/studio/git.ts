// When the content folder is in a git work tree, every save is a commit authored by the staff
// member. git runs through execFile with an argument list: no shell ever sees a name or a path.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface GitRepo {
  dir: string;
  commit(files: string[], author: string, message: string): Promise<void>;
}

/** The repository the content folder is in, or null when it is not in one (or git is missing). */
export async function gitRepoOf(contentDir: string): Promise<GitRepo | null> {
  try {
    const { stdout } = await run('git', ['-C', contentDir, 'rev-parse', '--is-inside-work-tree']);
    if (stdout.trim() !== 'true') return null;
  } catch {
    return null;
  }
  // The server's own identity commits; the staff member is the author.
  const git = (args: string[]) =>
    run('git', [
      '-C',
      contentDir,
      '-c',
      'user.name=SBC Studio',
      '-c',
      'user.email=studio@studio.invalid',
      ...args,
    ]);
  return {
    dir: contentDir,
    async commit(files, author, message) {
      await git(['add', '--', ...files]);
      await git([
        'commit',
        '--quiet',
        '--no-verify',
        '-m',
        message,
        `--author=${author} <${author}@studio.invalid>`,
        '--',
        ...files,
      ]);
    },
  };
}

/** The last commit that touched any of `files`: its author and ISO date. */
export async function lastCommitOf(
  repo: GitRepo,
  files: string[],
): Promise<{ author: string; date: string } | null> {
  try {
    const { stdout } = await run('git', [
      '-C',
      repo.dir,
      'log',
      '-1',
      '--format=%an%x00%aI',
      '--',
      ...files,
    ]);
    const [author, date] = stdout.trim().split('\0');
    return author && date ? { author, date } : null;
  } catch {
    return null;
  }
}
