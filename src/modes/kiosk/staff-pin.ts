// Checks a staff PIN against `kiosk.staffPinHash` (made by scripts/pin.ts) with WebCrypto PBKDF2,
// with the iteration count the hash names (older hashes have fewer than new ones). A lock that
// keeps passers-by out of the staff panel, not security: the hash ships with the kiosk's files.

/** `pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>`, or undefined when malformed. */
export function parsePinHash(
  stored: string,
):
  | { iterations: number; salt: Uint8Array<ArrayBuffer>; hash: Uint8Array<ArrayBuffer> }
  | undefined {
  const [scheme, iterations, salt, hash] = stored.split('$');
  if (scheme !== 'pbkdf2-sha256' || !/^\d+$/.test(iterations ?? '')) return undefined;
  const saltBytes = fromHex(salt);
  const hashBytes = fromHex(hash);
  if (!saltBytes || !hashBytes || hashBytes.length === 0) return undefined;
  return { iterations: Number(iterations), salt: saltBytes, hash: hashBytes };
}

function fromHex(hex: string | undefined): Uint8Array<ArrayBuffer> | undefined {
  if (!hex || hex.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** True when `pin` matches; false for a wrong PIN, a malformed hash or a browser without WebCrypto. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parsed = parsePinHash(stored);
  const subtle = globalThis.crypto?.subtle;
  if (!parsed || !subtle) return false;
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: parsed.salt, iterations: parsed.iterations },
      key,
      parsed.hash.length * 8,
    ),
  );
  // Compare every byte, so the time taken does not tell how much of the PIN was right.
  let difference = 0;
  for (let i = 0; i < bits.length; i++) difference |= bits[i] ^ parsed.hash[i];
  return difference === 0;
}
