// How big content may be (docs/content-format.md, "Limits"). Every file the app ships must fit the
// service worker's precache (at most 2 MiB a file, 5 MB in all: scripts/check-budgets.ts), so a
// content editor hears about a file that is too big from the check, not from a failed build.

/** The kinds of file the content pipeline reads, each with its own limit. */
export type FileKind = 'yaml' | 'markdown' | 'svg' | 'photo' | 'translation';

/** 1 KB = 1,000 bytes, as the build prints sizes. */
export const FILE_LIMITS: Record<FileKind, number> = {
  // site.yaml, glossary.yaml, a tour or a stop: 256 KB is thousands of terms or texts.
  yaml: 256_000,
  // A stop body is read standing in a corridor: 64 KB is about 10,000 English words.
  markdown: 64_000,
  // A diagram is shapes and labels; today's are under 11 KB.
  svg: 512_000,
  // Photos never ship as they are (the build makes 640 and 1280 px WebP sizes): a camera photo fits.
  photo: 20_000_000,
  // The app's own largest locale file (the guide's words) is under 4 KB.
  translation: 64_000,
};

/** What to do when a file of this kind is too big. */
export const TOO_BIG_FIX: Record<FileKind, string> = {
  yaml: 'shorten it, or check that nothing was pasted into it by mistake',
  markdown: 'shorten the text, or split it into two stops',
  svg: 'simplify the drawing, or export it again as plain SVG without embedded images or fonts',
  photo: 'save it smaller (2,000–4,000 px wide is plenty)',
  translation: 'check that nothing was pasted into it by mistake',
};

/** Pixels a photo may have: a small file can unpack to a huge image (sharp refuses more). */
export const PHOTO_PIXEL_LIMIT = 100_000_000;

/** The biggest size the build makes of a photo (1280 px wide), as WebP: precached on every phone. */
export const SHIPPED_PHOTO_LIMIT = 1_000_000;

/** YAML, Markdown and SVG ship (nearly) as they are, in the app's files: their total. */
export const TOTAL_SHIPPED_LIMIT = 2_000_000;

/**
 * Different characters in the texts: the web font is cut to exactly these, and each Chinese
 * character adds about 150 bytes to each of its two weights (5,000 → about 1.5 MB in all).
 */
export const DISTINCT_CHARACTERS_LIMIT = 5_000;

/** `54.2 MB`, `63 KB`: sizes as a person reads them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}
