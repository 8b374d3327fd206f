// A device without any CJK system font (a kiosk on bare Linux): Chromium started with a fontconfig
// that lists only the Latin fonts of this machine, so only the app's web font can draw Chinese.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The only font folder the browser is shown: DejaVu, no CJK glyphs (Debian's fonts-dejavu-core). */
const LATIN_FONTS = '/usr/share/fonts/truetype/dejavu';

export interface NoCjkFonts {
  /** For the browser's environment: FONTCONFIG_FILE. */
  env: Record<string, string>;
  remove(): void;
}

export function noCjkFonts(): NoCjkFonts {
  const dir = mkdtempSync(join(tmpdir(), 'sbc-fontconfig-'));
  mkdirSync(join(dir, 'cache'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${LATIN_FONTS}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return {
    env: { FONTCONFIG_FILE: file },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** In the page: the sum of layout shifts since it started (what CLS adds up), after a pause. */
export async function layoutShiftTotal(page: Page, settleMs = 1500): Promise<number> {
  return page.evaluate(
    (wait) =>
      new Promise<number>((done) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(total), wait);
      }),
    settleMs,
  );
}
