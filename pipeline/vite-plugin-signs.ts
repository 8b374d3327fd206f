import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { renderSignFiles } from './signs/render-signs.ts';
import type { TourBuild } from './tour-build.ts';

// Writes the printable QR signage into the build: dist/print/signs.html (one A4 sign per page),
// dist/print/signs-compact.html (six per page), dist/print/signs.css, and one QR code SVG per stop
// plus home.svg. The QR codes point at `<public base URL>/stops/<id>` (tour-build.ts).

export function signsPlugin(build: TourBuild): Plugin {
  return {
    name: 'sbc-signs',
    apply: 'build',
    async generateBundle() {
      const css = readFileSync(new URL('./signs/signs.css', import.meta.url), 'utf8');
      for (const file of await renderSignFiles(build.content(), build.publicBaseUrl(), css)) {
        this.emitFile({ type: 'asset', fileName: `print/${file.fileName}`, source: file.source });
      }
    },
  };
}
