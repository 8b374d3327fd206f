// Staff passwords: Node's scrypt (memory-hard, built in, no native build) with a salt per user.
// The parameters are written into the hash, `scrypt$N$r$p$salt$hash`, so they can be raised later
// without breaking the hashes already stored.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const HASH_FORMAT = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([0-9a-f]{32,})\$([0-9a-f]{64})$/;

/** Passwords shorter than this are refused by `npm run studio:user`. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longer input is refused before hashing (nobody types more; hashing megabytes costs time). */
export const MAX_PASSWORD_LENGTH = 200;

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: scrypt needs 128·N·r bytes; the default 32 MB is just enough for N = 2^15.
    scrypt(password, salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p } = PARAMS;
  const key = await derive(password, salt, N, r, p);
  return `scrypt$${N}$${r}$${p}$${salt.toString('hex')}$${key.toString('hex')}`;
}

export function isPasswordHash(text: string): boolean {
  return HASH_FORMAT.test(text);
}

/** True when `password` matches; a malformed hash never matches. Compared in constant time. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const match = HASH_FORMAT.exec(hash);
  if (!match || password.length > MAX_PASSWORD_LENGTH) return false;
  const [, N, r, p, salt, expected] = match;
  const key = await derive(password, Buffer.from(salt, 'hex'), Number(N), Number(r), Number(p));
  return timingSafeEqual(key, Buffer.from(expected, 'hex'));
}

/** A hash of a random password: checked against when the name is unknown, so timing tells nothing. */
export const DUMMY_HASH_PROMISE = hashPassword(randomBytes(12).toString('hex'));
