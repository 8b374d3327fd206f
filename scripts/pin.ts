// `npm run pin -- <PIN>`: prints the salted hash to put in content/site.yaml (kiosk.staffPinHash).
// The kiosk checks a PIN with the same PBKDF2 through WebCrypto; the PIN itself is never stored.
// The hash ships with the kiosk's files, so anyone who has them can guess PINs offline: every
// extra digit makes that ten times slower, and so do more iterations (docs/deploy.md).
import { pbkdf2Sync, randomBytes } from 'node:crypto';

/**
 * PBKDF2-SHA256 iterations for new hashes, as OWASP recommends (2023). The kiosk's check then takes
 * about 0.12 s in Chromium on the project's 2-core test machine (0.09–0.35 s under load), so well
 * under a second on a modest tablet. Existing hashes keep their own count: it is part of the hash.
 */
export const PIN_ITERATIONS = 600_000;

/** Staff PINs: 4 to 12 digits (the kiosk's keypad takes the same). */
export const PIN_PATTERN = /^\d{4,12}$/;

export function hashPin(pin: string, salt = randomBytes(16), iterations = PIN_ITERATIONS): string {
  const hash = pbkdf2Sync(pin, salt, iterations, 32, 'sha256');
  return `pbkdf2-sha256$${iterations}$${salt.toString('hex')}$${hash.toString('hex')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pin = process.argv[2];
  if (!pin || !PIN_PATTERN.test(pin)) {
    console.error(
      'Usage: npm run pin -- <PIN>   (4 to 12 digits; longer PINs are harder to guess)',
    );
    process.exit(1);
  }
  console.log(hashPin(pin));
}
