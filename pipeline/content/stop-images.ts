import { extname, join } from 'node:path';
import type { Language, Localized, StopImage } from '../../src/content/types.ts';
import type { Problem } from './problems.ts';
import { type ContentReader, entryKind } from './read-file.ts';
import type { StopInput } from './schema.ts';
import { sanitizeSvg } from './svg.ts';
import type { YamlFile } from './yaml-file.ts';

/** An image as the build sees it: files on disk, turned into URLs by the Vite plugin. */
export interface SourceImage extends Omit<StopImage, 'src'> {
  files: Localized;
}

/**
 * The images of one stop, every file read and checked: an SVG is sanitised (its safe text goes
 * into `safeSvgs`, by path), a photo must be the kind of image its name says.
 */
export function loadStopImages(
  input: StopInput['images'],
  languages: readonly Language[],
  stop: { id: string; dir: string; yaml: YamlFile },
  reader: ContentReader,
  safeSvgs: Map<string, string>,
  problems: Problem[],
): SourceImage[] {
  return input.map((image, index) => {
    const file = image.file;
    const names: Localized =
      typeof file === 'string'
        ? Object.fromEntries(languages.map((language) => [language, file]))
        : file;
    const paths: Localized = {};
    const read = new Set<string>();
    let size: { width?: number; height?: number } = {};
    for (const language of languages) {
      const path = join(stop.dir, names[language]);
      paths[language] = path;
      if (read.has(path)) continue; // one file for several languages: read once
      read.add(path);
      if (entryKind(path) === 'missing') {
        problems.push({
          file: stop.yaml.file,
          line: stop.yaml.lineOf(['images', index, 'file']),
          message: `image "${names[language]}" is not in the stop's folder (stops/${stop.id}/): add the file or fix the name`,
        });
        continue;
      }
      const svgSize = readImage(path, names[language], reader, safeSvgs, problems);
      if (!size.width) size = svgSize;
    }
    return {
      files: paths,
      ...size,
      alt: image.alt,
      caption: image.caption,
      credit: image.credit,
      diagram: image.diagram ?? extname(paths[languages[0]]).toLowerCase() === '.svg',
    };
  });
}

/** Reads and checks one image file; returns an SVG's own size. */
function readImage(
  path: string,
  name: string,
  reader: ContentReader,
  safeSvgs: Map<string, string>,
  problems: Problem[],
): { width?: number; height?: number } {
  if (extname(path).toLowerCase() === '.svg') {
    const text = reader.text(path, 'svg');
    const svg = text === undefined ? undefined : sanitizeSvg(text, reader.display(path), problems);
    if (!svg) return {};
    safeSvgs.set(path, svg.text);
    return { width: svg.width, height: svg.height };
  }
  const bytes = reader.bytes(path, 'photo');
  const actual = bytes && photoType(bytes);
  const expected = photoTypeOfName(name);
  if (bytes && actual !== expected) {
    problems.push({
      file: reader.display(path),
      message: actual
        ? `this file is a ${actual} image, but its name ends in ${extname(name)}: rename it to end in ${EXTENSIONS[actual]}`
        : `this is not a ${expected} image: save the photo again as PNG, JPEG or WebP`,
    });
  }
  return {};
}

type PhotoType = 'PNG' | 'JPEG' | 'WebP';

const EXTENSIONS: Record<PhotoType, string> = { PNG: '.png', JPEG: '.jpg', WebP: '.webp' };

function photoTypeOfName(name: string): PhotoType {
  const extension = extname(name).toLowerCase();
  return extension === '.png' ? 'PNG' : extension === '.webp' ? 'WebP' : 'JPEG';
}

/** The kind of photo, from the first bytes of the file. */
function photoType(bytes: Buffer): PhotoType | undefined {
  const starts = (text: string, offset = 0) =>
    bytes.subarray(offset, offset + text.length).equals(Buffer.from(text, 'latin1'));
  if (starts('\x89PNG\r\n\x1a\n')) return 'PNG';
  if (starts('\xff\xd8\xff')) return 'JPEG';
  if (starts('RIFF') && starts('WEBP', 8)) return 'WebP';
  return undefined;
}
