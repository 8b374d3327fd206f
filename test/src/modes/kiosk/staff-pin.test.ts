import { describe, expect, it } from 'vitest';
import { hashPin } from '../../../../scripts/pin.ts';
import { parsePinHash, verifyPin } from '../../../../src/modes/kiosk/staff-pin.ts';

describe('staff PIN', () => {
  // Fewer iterations than the real 600,000 keep the test quick; the format is the same.
  const stored = hashPin('2468', Buffer.from('00112233445566778899aabbccddeeff', 'hex'), 1000);

  it('accepts the PIN the hash was made from (WebCrypto PBKDF2 = Node PBKDF2)', async () => {
    expect(await verifyPin('2468', stored)).toBe(true);
  });

  it('refuses any other PIN', async () => {
    for (const pin of ['2469', '246', '24680', '', '8642']) {
      expect(await verifyPin(pin, stored), pin).toBe(false);
    }
  });

  it('verifies a hash made with the default iterations, and older ones with their own count', async () => {
    expect(await verifyPin('1357', hashPin('1357'))).toBe(true);
    // As made before the default went from 100,000 to 600,000 (the sample content's hash).
    const older = hashPin('1357', undefined, 100_000);
    expect(parsePinHash(older)?.iterations).toBe(100_000);
    expect(await verifyPin('1357', older)).toBe(true);
  });

  it('takes PINs of up to 12 digits', async () => {
    const long = hashPin('135792468024', undefined, 1000);
    expect(await verifyPin('135792468024', long)).toBe(true);
    expect(await verifyPin('13579246802', long)).toBe(false);
  });

  it('refuses everything when the stored hash is malformed', async () => {
    for (const bad of [
      '2468',
      'sha1$1000$00$00',
      'pbkdf2-sha256$x$00$00',
      'pbkdf2-sha256$1000$0g$00',
    ]) {
      expect(parsePinHash(bad), bad).toBeUndefined();
      expect(await verifyPin('2468', bad), bad).toBe(false);
    }
  });
});
