import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountStore } from '../../../server/studio/accounts.ts';
import { hashPassword, verifyPassword } from '../../../server/studio/password.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sbc-accounts-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('studio passwords', () => {
  it('are scrypt hashes with their parameters and a salt of their own', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'scrypt$1$1$1$00$00')).toBe(false);
  });

  it('keep working when the parameters are raised: each hash says its own', async () => {
    const hash = await hashPassword('correct horse battery');
    const [, , r, p, salt, key] = hash.split('$');
    // A stored hash with other parameters is checked with those, not today's.
    expect(
      await verifyPassword('correct horse battery', ['scrypt', '16384', r, p, salt, key].join('$')),
    ).toBe(false);
  });
});

describe('the accounts store', () => {
  it('adds, lists, replaces and removes accounts in a file only the server may read', async () => {
    const dir = tempDir();
    const store = new AccountStore(dir);
    expect(store.list()).toEqual([]);
    const passwordHash = await hashPassword('correct horse battery');
    store.put({
      name: 'pat',
      role: 'publisher',
      passwordHash,
      created: '2026-12-02T00:00:00.000Z',
    });
    store.put({ name: 'ada', role: 'editor', passwordHash, created: '2026-12-02T00:00:00.000Z' });
    store.put({
      name: 'ada',
      role: 'publisher',
      passwordHash,
      created: '2026-12-02T00:00:00.000Z',
    });
    expect(store.list().map((a) => `${a.name}:${a.role}`)).toEqual([
      'ada:publisher',
      'pat:publisher',
    ]);
    expect(statSync(store.file).mode & 0o777).toBe(0o600);
    expect(store.remove('pat')).toBe(true);
    expect(store.remove('pat')).toBe(false);
    expect(JSON.parse(readFileSync(store.file, 'utf8')).accounts).toHaveLength(1);
  });

  it('reads a damaged file as no accounts, and refuses to write over it', async () => {
    const dir = tempDir();
    const store = new AccountStore(dir);
    for (const damage of [
      '{not json',
      '{"version":1,"accounts":[{"name":"../x","role":"editor"}]}',
    ]) {
      writeFileSync(store.file, damage);
      expect(store.list()).toEqual([]);
      expect(store.find('x')).toBeUndefined();
      const passwordHash = await hashPassword('correct horse battery');
      expect(() =>
        store.put({ name: 'ada', role: 'editor', passwordHash, created: 'now' }),
      ).toThrow(/damaged/);
    }
  });
});
