// Presenter secrets: 32 random bytes, given to the presenter once; the server keeps only their
// SHA-256 (a secret of 256 random bits needs no slow hash) and compares in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = createHash('sha256').update(secret).digest();
  const stored = Buffer.from(storedHash, 'base64url');
  return stored.length === given.length && timingSafeEqual(given, stored);
}
