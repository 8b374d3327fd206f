// The web font: Noto Sans SC cut down at build time to exactly the CJK characters the app shows
// (content, UI strings, index.html), as woff2 in two weights. It is the guarantee for a device
// without a CJK system font (a kiosk on bare Linux), never a cost for the others:
//   - the page's font stacks name the system CJK fonts first (src/styles/base.css), so a phone with
//     PingFang, Noto Sans CJK or YaHei draws with it and never reaches this font;
//   - `local()` sources come first, so a device with Noto Sans CJK / Source Han Sans under another
//     family name uses its own copy;
//   - `unicode-range` names only the characters it carries, so Latin text never asks for it;
//   - `font-display: block`: where it is needed, CJK text waits for it (invisible, from the
//     service worker's precache after the first visit) rather than showing boxes.
// No <link rel=preload>: a preload would download it on every device. Imported by the app as
// `virtual:web-font.css`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { cjkCharacters, fontCharacters, listFiles, unicodeRange } from './font/font-text.ts';
import type { TourBuild } from './tour-build.ts';

const VIRTUAL_ID = 'virtual:web-font.css';
/** The family name the CSS tokens use (src/styles/base.css: --font-web). */
export const FONT_FAMILY = 'SBC Sans';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';

/** The same design installed on the device, by weight (full name, PostScript name). */
const LOCAL_NAMES: Record<number, string[]> = {
  400: [
    'Noto Sans CJK SC',
    'NotoSansCJKsc-Regular',
    'Source Han Sans SC',
    'SourceHanSansSC-Regular',
  ],
  700: [
    'Noto Sans CJK SC Bold',
    'NotoSansCJKsc-Bold',
    'Source Han Sans SC Bold',
    'SourceHanSansSC-Bold',
  ],
};

/** The full fonts the subsets are cut from, by weight. */
export const SOURCE_FONTS: Record<number, string> = {
  400: `${FONT_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`,
  700: `${FONT_PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`,
};

export interface FontPluginOptions {
  /** Where the cut fonts are kept between builds; keyed by a hash of the characters. */
  cacheDir?: string;
}

export interface WebFont {
  weight: number;
  file: string;
  bytes: number;
  sourceBytes: number;
}

export interface WebFontBuild {
  characters: string;
  cssFile: string;
  fonts: WebFont[];
}

/** Cuts the fonts for a set of characters, reusing an earlier cut of the same set. */
export async function buildWebFont(characters: string, cacheDir: string): Promise<WebFontBuild> {
  const hash = createHash('sha256');
  hash.update(characters);
  for (const [weight, source] of Object.entries(SOURCE_FONTS)) hash.update(`${weight}:${source}`);
  // The @font-face rules' own form: a change to it writes a new web-font.css.
  hash.update('css: local(), unicode-range by CJK block, font-display: block');
  hash.update(packageVersion('subset-font'));
  hash.update(packageVersion(FONT_PACKAGE));
  const dir = join(cacheDir, hash.digest('hex').slice(0, 16));
  const cssFile = join(dir, 'web-font.css');

  const fonts: WebFont[] = [];
  for (const [weightKey, source] of Object.entries(SOURCE_FONTS)) {
    const weight = Number(weightKey);
    const file = join(dir, `sbc-sans-${weight}.woff2`);
    const sourcePath = require.resolve(source);
    const sourceFont = readFileSync(sourcePath);
    if (!existsSync(file)) {
      const woff2 = await subsetFont(sourceFont, characters, { targetFormat: 'woff2' });
      writeAtomically(file, woff2);
    }
    fonts.push({ weight, file, bytes: readFileSync(file).length, sourceBytes: sourceFont.length });
  }
  if (!existsSync(cssFile)) writeAtomically(cssFile, fontFaceCss(fonts, unicodeRange(characters)));
  return { characters, cssFile, fonts };
}

function fontFaceCss(fonts: WebFont[], range: string): string {
  return fonts
    .map(
      ({ weight }) => `@font-face {
  font-family: "${FONT_FAMILY}";
  font-style: normal;
  font-weight: ${weight};
  font-display: block;
  src: ${(LOCAL_NAMES[weight] ?? []).map((name) => `local("${name}")`).join(', ')},
    url("./sbc-sans-${weight}.woff2") format("woff2");
  unicode-range: ${range};
}
`,
    )
    .join('');
}

/** Writes through a temporary file, so an interrupted build never leaves half a font in the cache. */
function writeAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

function packageVersion(name: string): string {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

/** The web font for the build's content (read once, by the build: tour-build.ts). */
export function fontPlugin(build: TourBuild, options: FontPluginOptions = {}): Plugin {
  const cacheDir = resolve(options.cacheDir ?? 'node_modules/.cache/sbc-web-font');
  let root = process.cwd();
  let built: WebFontBuild | undefined;

  return {
    name: 'sbc-web-font',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      // Bad content throws here too: the content plugin has reported it (all problems at once).
      const content = build.content();
      const started = Date.now();
      // Only the CJK characters: Latin text is drawn with system fonts everywhere.
      const characters = cjkCharacters(
        fontCharacters({
          content,
          localesDir: join(root, 'src/i18n/locales'),
          files: [join(root, 'index.html'), ...listFiles(join(root, 'src'), ['.ts', '.tsx'])],
        }),
      );
      built = await buildWebFont(characters, cacheDir);
      const sizes = built.fonts.map(
        (f) =>
          `${f.weight}: ${(f.bytes / 1000).toFixed(1)} KB (full font ${(f.sourceBytes / 1e6).toFixed(1)} MB)`,
      );
      this.info(
        `${FONT_FAMILY}: ${[...characters].length} characters, ${sizes.join(', ')} (${Date.now() - started} ms)`,
      );
    },
    resolveId(id) {
      if (id !== VIRTUAL_ID) return undefined;
      if (!built) throw new Error(`${VIRTUAL_ID} was imported before the font was built`);
      // A real file: Vite resolves its url()s, fingerprints the fonts and emits them as assets.
      return built.cssFile;
    },
  };
}
