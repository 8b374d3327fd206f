import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hashPin, PIN_ITERATIONS, PIN_PATTERN } from '../../scripts/pin.ts';
import { parsePinHash, verifyPin } from '../../src/modes/kiosk/staff-pin.ts';

const pin = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pin.ts', ...args], { encoding: 'utf8' });

describe('npm run pin', () => {
  it('takes PINs of 4 to 12 digits, and nothing else', () => {
    for (const good of ['2468', '0000', '123456789012'])
      expect(PIN_PATTERN.test(good), good).toBe(true);
    for (const bad of ['', '123', '1234567890123', '12a4', '12 34', '１２３４', '-1234']) {
      expect(PIN_PATTERN.test(bad), bad).toBe(false);
    }
  });

  it('hashes new PINs with 600,000 PBKDF2-SHA256 iterations (OWASP)', () => {
    expect(PIN_ITERATIONS).toBe(600_000);
    const salt = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    expect(parsePinHash(hashPin('2468', salt, 1000))?.iterations).toBe(1000);
  });

  it('prints a hash the kiosk accepts for a 12-digit PIN', { timeout: 30_000 }, async () => {
    const result = pin('246813579024');
    expect(result.status).toBe(0);
    const printed = result.stdout.trim();
    expect(printed).toMatch(/^pbkdf2-sha256\$600000\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(await verifyPin('246813579024', printed)).toBe(true);
    expect(await verifyPin('24681357902', printed)).toBe(false);
  });

  it('refuses a PIN that is too long, and says how long one may be', { timeout: 30_000 }, () => {
    const result = pin('1234567890123');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('4 to 12 digits');
  });
});
