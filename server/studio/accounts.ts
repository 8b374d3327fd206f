// The studio's accounts: STUDIO_DATA_DIR/accounts.json, outside content/ and dist/. Read through a
// schema (a damaged file means no accounts, never a crash), written atomically.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { writeFileAtomic } from './atomic-write.ts';
import { isPasswordHash } from './password.ts';

export const ROLES = ['editor', 'publisher'] as const;
export type Role = (typeof ROLES)[number];

/** 2 to 32 characters: letters, digits, dot, hyphen, underscore (it becomes a git author name). */
export const ACCOUNT_NAME = /^[a-z0-9][a-z0-9._-]{1,31}$/;

const AccountSchema = v.object({
  name: v.pipe(v.string(), v.regex(ACCOUNT_NAME)),
  role: v.picklist(ROLES),
  passwordHash: v.pipe(v.string(), v.check(isPasswordHash)),
  created: v.string(),
});
export type Account = v.InferOutput<typeof AccountSchema>;

const AccountsFileSchema = v.object({ version: v.literal(1), accounts: v.array(AccountSchema) });

export class AccountStore {
  readonly file: string;
  constructor(dataDir: string) {
    this.file = join(dataDir, 'accounts.json');
  }

  /** Every account; a missing or damaged file reads as none (the damage is reported by `check`). */
  list(): Account[] {
    return this.read() ?? [];
  }

  /** [] when the file is missing; undefined when it exists but does not parse. */
  read(): Account[] | undefined {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed = v.safeParse(AccountsFileSchema, JSON.parse(text));
      return parsed.success ? parsed.output.accounts : undefined;
    } catch {
      return undefined;
    }
  }

  find(name: string): Account | undefined {
    return this.list().find((account) => account.name === name);
  }

  /** Adds or replaces an account. */
  put(account: Account): void {
    const existing = this.read();
    if (existing === undefined) throw new Error(`${this.file} is damaged: fix or remove it first`);
    const accounts = existing.filter((a) => a.name !== account.name);
    accounts.push(account);
    accounts.sort((a, b) => (a.name < b.name ? -1 : 1));
    this.write(accounts);
  }

  remove(name: string): boolean {
    const accounts = this.list();
    const left = accounts.filter((a) => a.name !== name);
    if (left.length === accounts.length) return false;
    this.write(left);
    return true;
  }

  private write(accounts: Account[]): void {
    // Only the server's user may read the password hashes.
    writeFileAtomic(this.file, `${JSON.stringify({ version: 1, accounts }, null, 2)}\n`, 0o600);
  }
}
