// A studio to test against: a temp copy of content/ (optionally a git repository), a temp data
// folder with accounts, and the real tour server (server/build-server.ts) on a free port.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountStore, type Role } from '../../../server/studio/accounts.ts';
import { hashPassword } from '../../../server/studio/password.ts';

export const PASSWORD = 'correct horse battery';

export interface StudioFixture {
  root: string;
  contentDir: string;
  dataDir: string;
  remove(): void;
}

export async function makeStudioFixture({
  git = false,
  users = [
    ['ada', 'editor'],
    ['pat', 'publisher'],
  ],
}: {
  git?: boolean;
  users?: [string, Role][];
} = {}): Promise<StudioFixture> {
  const root = mkdtempSync(join(tmpdir(), 'sbc-studio-'));
  const contentDir = join(root, 'content');
  const dataDir = join(root, 'data');
  cpSync('content', contentDir, { recursive: true });
  if (git) {
    const run = (...args: string[]) => execFileSync('git', ['-C', contentDir, ...args]);
    run('init', '--quiet');
    run('add', '.');
    run(
      '-c',
      'user.name=Setup',
      '-c',
      'user.email=setup@example.org',
      'commit',
      '--quiet',
      '-m',
      'content',
    );
  }
  const store = new AccountStore(dataDir);
  const passwordHash = await hashPassword(PASSWORD);
  for (const [name, role] of users) {
    store.put({ name, role, passwordHash, created: new Date().toISOString() });
  }
  return {
    root,
    contentDir,
    dataDir,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
