// Photos (PNG, JPEG, WebP) in the content become responsive WebP images at a few widths, made at
// build time with sharp. Only these sizes reach dist/ (and so the precache): the original file,
// often a multi-megabyte camera photo, never does. SVG diagrams stay as they are.
//   import photo from '/abs/path/photo.jpg?responsive'
//   photo = { src, srcset, width, height }
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import type { Logger, Plugin } from 'vite';
import { failBuild } from './content/fail-build.ts';
import { formatSize, PHOTO_PIXEL_LIMIT, SHIPPED_PHOTO_LIMIT } from './content/limits.ts';
import { ContentError, type Problem } from './content/problems.ts';

export const RESPONSIVE_QUERY = '?responsive';
export const RASTER_IMAGE = /\.(png|jpe?g|webp)$/i;
/** Widths made for each photo (never wider than the original): a phone, then a 2× tablet or kiosk. */
const IMAGE_WIDTHS = [640, 1280];
const QUALITY = 78;

export interface ImageVariant {
  file: string;
  width: number;
  height: number;
}

/** Makes (or reuses from the cache) the WebP sizes of one photo, smallest first. */
export async function responsiveVariants(
  source: string,
  cacheDir: string,
): Promise<ImageVariant[]> {
  const data = readFileSync(source);
  const key = createHash('sha256')
    .update(data)
    .update(`${IMAGE_WIDTHS.join(',')}|${QUALITY}|${sharp.versions.sharp}|${sharp.versions.vips}`)
    .digest('hex')
    .slice(0, 16);
  // A small file can still unpack to a huge image: sharp refuses more pixels than this.
  const image = () => sharp(data, { limitInputPixels: PHOTO_PIXEL_LIMIT });
  const { width: originalWidth } = await image().metadata();
  if (!originalWidth) throw new Error(`${source}: not a readable image`);
  const widths = IMAGE_WIDTHS.filter((width) => width < originalWidth);
  if (widths.length < IMAGE_WIDTHS.length)
    widths.push(Math.min(originalWidth, IMAGE_WIDTHS.at(-1)!));

  mkdirSync(cacheDir, { recursive: true });
  const variants: ImageVariant[] = [];
  for (const width of widths) {
    const file = join(cacheDir, `${key}-${width}.webp`);
    if (!existsSync(file)) {
      const output = await image().rotate().resize({ width }).webp({ quality: QUALITY }).toBuffer();
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, output);
      renameSync(temporary, file);
    }
    const { height } = await sharp(file).metadata();
    variants.push({ file, width, height: height ?? 0 });
  }
  return variants;
}

/** The module of one photo: its sizes imported as URLs, so Vite fingerprints and emits them. */
export function responsiveModule(variants: ImageVariant[]): string {
  const imports = variants.map(
    (variant, index) => `import size${index} from ${JSON.stringify(`${variant.file}?url`)};`,
  );
  const largest = variants.at(-1)!;
  const srcset = variants.map((variant, index) => `\${size${index}} ${variant.width}w`).join(', ');
  return `${imports.join('\n')}
export default { src: size${variants.length - 1}, srcset: \`${srcset}\`, width: ${largest.width}, height: ${largest.height} };
`;
}

export function imagesPlugin(options: { cacheDir?: string } = {}): Plugin {
  const cacheDir = resolve(options.cacheDir ?? 'node_modules/.cache/sbc-images');
  let isBuild = false;
  let logger: Logger | undefined;
  /** A photo the build cannot ship is a content problem: the list, not a stack trace. */
  const fail = (problem: Problem): never => {
    if (isBuild && logger) failBuild(logger, [problem]);
    const error = new ContentError([problem]);
    error.stack = error.message;
    throw error;
  };
  return {
    name: 'sbc-responsive-images',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
      logger = config.logger;
    },
    async load(id) {
      if (!id.endsWith(RESPONSIVE_QUERY)) return undefined;
      const source = id.slice(0, -RESPONSIVE_QUERY.length);
      if (!RASTER_IMAGE.test(source))
        throw new Error(`${source}: only PNG, JPEG and WebP photos have sizes`);
      this.addWatchFile(source);
      const problem = (message: string): Problem => ({
        file: relative(process.cwd(), source),
        message,
      });
      let variants: ImageVariant[];
      try {
        variants = await responsiveVariants(source, cacheDir);
      } catch (error) {
        const reason = String((error as Error).message).split('\n')[0];
        return fail(
          problem(
            `this photo cannot be read (${reason}): save it again as a PNG, JPEG or WebP of at most ${PHOTO_PIXEL_LIMIT / 1_000_000} megapixels`,
          ),
        );
      }
      // The service worker precaches every size: one too big for it would break the build later.
      const largest = variants.at(-1)!;
      const bytes = statSync(largest.file).size;
      if (bytes > SHIPPED_PHOTO_LIMIT) {
        return fail(
          problem(
            `this photo is still ${formatSize(bytes)} at ${largest.width} × ${largest.height} px, more than the ${formatSize(SHIPPED_PHOTO_LIMIT)} a phone keeps offline for one photo: crop it (a tall photo stays tall), or choose a less detailed one`,
          ),
        );
      }
      return responsiveModule(variants);
    },
  };
}
