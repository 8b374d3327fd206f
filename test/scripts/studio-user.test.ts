// `npm run studio:user`: the accounts command, run as staff run it (a child process), with the
// password on standard input (not a terminal).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/studio/password.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sbc-studio-user-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function run(args: string[], input = '') {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/studio-user.ts', ...args],
    {
      input,
      env: { ...process.env, STUDIO_DATA_DIR: dataDir },
      encoding: 'utf8',
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const accounts = () => JSON.parse(readFileSync(join(dataDir, 'accounts.json'), 'utf8')).accounts;

describe('npm run studio:user', { timeout: 90_000 }, () => {
  it('adds an account with a hashed password read from standard input, and a session secret', async () => {
    expect(run(['add', 'ada', '--role', 'editor'], 'correct horse battery\n')).toMatchObject({
      code: 0,
    });
    const [ada] = accounts();
    expect(ada).toMatchObject({ name: 'ada', role: 'editor' });
    expect(JSON.stringify(accounts())).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery', ada.passwordHash)).toBe(true);
    expect(readFileSync(join(dataDir, 'session-secret'), 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a short password, a bad name or role, and a name that exists', () => {
    expect(run(['add', 'bob', '--role', 'editor'], 'short\n').code).toBe(1);
    expect(run(['add', '../bob', '--role', 'editor'], 'correct horse battery\n').code).toBe(1);
    expect(run(['add', 'bob', '--role', 'admin'], 'correct horse battery\n').code).toBe(1);
    expect(run(['add', 'ada', '--role', 'publisher'], 'correct horse battery\n').code).toBe(1);
    expect(accounts().map((a: { name: string }) => a.name)).toEqual(['ada']);
  });

  it('changes a password, lists and removes accounts', async () => {
    expect(run(['passwd', 'ada'], 'a new long password\n').code).toBe(0);
    expect(await verifyPassword('a new long password', accounts()[0].passwordHash)).toBe(true);
    expect(run(['list']).out).toMatch(/^ada\teditor\t/);
    expect(run(['remove', 'ada']).code).toBe(0);
    expect(accounts()).toEqual([]);
    expect(run(['remove', 'ada']).code).toBe(1);
  });
});
