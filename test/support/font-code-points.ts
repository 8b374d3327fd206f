// The characters a font file really maps (its cmap), read with HarfBuzz: woff2 is unpacked to
// sfnt with fontverter first (HarfBuzz does not read woff2).
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';

export async function fontCodePoints(font: Uint8Array): Promise<Set<number>> {
  const sfnt: Uint8Array = await fontverter.convert(Buffer.from(font), 'sfnt');
  const face = new Face(new Blob(new Uint8Array(sfnt)));
  return new Set(face.collectUnicodes());
}
