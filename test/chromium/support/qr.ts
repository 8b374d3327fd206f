// Reads a QR code the way a phone would: from pixels (a Chromium screenshot), with jsQR.
import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';
import { PNG } from 'pngjs';

/** The text of the QR code in a PNG image, or null when none can be read. */
function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  return jsQR(pixels, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** Screenshots an element as rendered (e.g. a sign's QR <img>) and decodes the QR code in it. */
export async function decodeQrElement(element: Locator): Promise<string | null> {
  return decodeQrPng(await element.screenshot({ type: 'png', animations: 'disabled' }));
}
