// `npm run pin -- <PIN>`: prints the salted hash to put in content/site.yaml (kiosk.staffPinHash).
// The kiosk checks a PIN with the same PBKDF2 through WebCrypto; the PIN itself is never stored.
import { pbkdf2Sync, randomBytes } from 'node:crypto';

export const PIN_ITERATIONS = 100_000;

export function hashPin(pin: string, salt = randomBytes(16), iterations = PIN_ITERATIONS): string {
  const hash = pbkdf2Sync(pin, salt, iterations, 32, 'sha256');
  return `pbkdf2-sha256$${iterations}$${salt.toString('hex')}$${hash.toString('hex')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pin = process.argv[2];
  if (!pin || !/^\d{4,12}$/.test(pin)) {
    console.error('Usage: npm run pin -- <PIN>   (4 to 12 digits)');
    process.exit(1);
  }
  console.log(hashPin(pin));
}
