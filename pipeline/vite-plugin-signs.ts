import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from './content/load-content.ts';
import { ContentError } from './content/problems.ts';
import { resolvePublicBaseUrl } from './signs/public-base-url.ts';
import { renderSignFiles } from './signs/render-signs.ts';

// Writes the printable QR signage into the build: dist/print/signs.html (one A4 sign per page),
// dist/print/signs-compact.html (six per page), dist/print/signs.css, and one QR code SVG per stop
// plus home.svg. The QR codes point at `<public base URL>/stops/<id>` (see signs/public-base-url.ts).

export interface SignsPluginOptions {
  /** Content folder; defaults to $CONTENT_DIR or ./content (as the content plugin). */
  dir?: string;
}

export function signsPlugin(options: SignsPluginOptions = {}): Plugin {
  const dir = resolve(options.dir ?? process.env.CONTENT_DIR ?? 'content');
  return {
    name: 'sbc-signs',
    apply: 'build',
    async generateBundle() {
      const result = loadContent(dir);
      // The content plugin has already reported the problems and stopped the build.
      if (!result.content) throw new ContentError(result.problems);
      const baseUrl = resolvePublicBaseUrl(result.content.site.publicBaseUrl);
      const css = readFileSync(new URL('./signs/signs.css', import.meta.url), 'utf8');
      for (const file of await renderSignFiles(result.content, baseUrl, css)) {
        this.emitFile({ type: 'asset', fileName: `print/${file.fileName}`, source: file.source });
      }
    },
  };
}
