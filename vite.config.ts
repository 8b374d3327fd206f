import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './pipeline/pwa.ts';
import { contentPlugin } from './pipeline/vite-plugin-content.ts';
import { fontPlugin } from './pipeline/vite-plugin-font.ts';
import { imagesPlugin } from './pipeline/vite-plugin-images.ts';
import { signsPlugin } from './pipeline/vite-plugin-signs.ts';
import { versionPlugin } from './pipeline/vite-plugin-version.ts';

const buildTime = new Date().toISOString();
/** A build id a person can read: when it was built, plus a random suffix so two builds never share one. */
const buildId = `${buildTime.slice(0, 16).replace(/[-:T]/g, '')}-${Math.random().toString(36).slice(2, 8)}`;
const contentDir = process.env.CONTENT_DIR ?? 'content';
let contentVersion = 'unknown';

export default defineConfig({
  plugins: [
    contentPlugin({
      dir: contentDir,
      onContent: (content) => {
        contentVersion = content.version;
      },
    }),
    fontPlugin({ contentDir }),
    imagesPlugin(),
    preact(),
    versionPlugin(() => ({ buildId, buildTime, contentVersion })),
    signsPlugin({ dir: contentDir }),
    VitePWA(pwaOptions),
  ],
  define: {
    __BUILD_ID__: JSON.stringify(buildId),
    __BUILD_TIME__: JSON.stringify(buildTime),
  },
  build: {
    // Every image and font stays a file of its own, so the service worker can precache it.
    assetsInlineLimit: 0,
    // No preload lists for lazy chunks: they cost ~0.5 KB gzip in the initial JS (budget), and the
    // service worker precaches every chunk anyway, so after the first visit nothing waits on them.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Everything the first page needs in one chunk: it compresses better than the shared
        // chunks the bundler would otherwise cut (budget: scripts/check-budgets.ts).
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
