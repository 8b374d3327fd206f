// Uploaded photos: the type is read from the first bytes (never from the name or the browser's
// word), only JPEG, PNG and WebP are taken, and the file gets a safe name of our own making. The
// build's image pipeline (pipeline/vite-plugin-images.ts) turns it into the shipped sizes.
import { randomBytes } from 'node:crypto';

export type PhotoType = 'jpg' | 'png' | 'webp';

/** The photo type of `bytes` by its magic number, or null. */
export function photoTypeOf(bytes: Uint8Array): PhotoType | null {
  const starts = (...values: number[]) => values.every((value, index) => bytes[index] === value);
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  const ascii = (from: number, to: number) =>
    Buffer.from(bytes.subarray(from, to)).toString('latin1');
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/** `photo-20261202-3f9a2c.jpg`: what an upload is stored as, whatever it was called. */
export function photoName(type: PhotoType, now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `photo-${day}-${randomBytes(4).toString('hex')}.${type}`;
}

/** Largest photo accepted (the loader's own limit for a photo is the same order). */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
