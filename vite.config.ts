import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderPlugin } from './pipeline/prerender/vite-plugin-prerender.ts';
import { pwaOptions } from './pipeline/pwa.ts';
import { createTourBuild, type TourBuild } from './pipeline/tour-build.ts';
import { contentPlugin } from './pipeline/vite-plugin-content.ts';
import { fontPlugin } from './pipeline/vite-plugin-font.ts';
import { imagesPlugin } from './pipeline/vite-plugin-images.ts';
import { signsPlugin } from './pipeline/vite-plugin-signs.ts';
import { versionPlugin } from './pipeline/vite-plugin-version.ts';

/** The visitor's pages after home, with the components and data modules only they use. */
const VISITOR_PAGE_MODULES =
  /[\\/]src[\\/](modes[\\/]visitor[\\/](TourPage|StopPage|GlossaryPage|NotFoundPage|StopLinks)\.tsx|components[\\/](stop[\\/]|GlossaryList|SourceList|TourStopMeta)|content[\\/](stops|use-stop|use-glossary|tour-position)\.ts|routing[\\/]StopRoute|state[\\/]progress-through-tour)|^\0virtual:content\/stops$/;

/** What registers and updates the service worker, loaded after the first page is up. */
const SERVICE_WORKER_CLIENT_MODULES =
  /[\\/]node_modules[\\/](workbox-window|valibot)[\\/]|[\\/]src[\\/](pwa|query)[\\/]/;

/** The app's Vite config for one build: `build` holds its facts (pipeline/tour-build.ts). */
export function tourViteConfig(build: TourBuild): UserConfig {
  return {
    plugins: [
      contentPlugin(build),
      fontPlugin(build),
      imagesPlugin(),
      preact(),
      versionPlugin(build),
      signsPlugin(build),
      // Before the service worker's build: its precache lists the prerendered pages.
      prerenderPlugin({
        plugins: () => [contentPlugin(build), imagesPlugin(), preact(), versionPlugin(build)],
        languages: () => build.content().site.languages,
      }),
      VitePWA(pwaOptions),
    ],
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
          // The visitor's other pages share one chunk, and the service worker's registration one
          // more: on a weak signal every request costs a round trip and ~0.8 KB of headers, and a
          // stop page fetched ten small chunks (issue 14's bench).
          codeSplitting: {
            groups: [
              { name: 'app', tags: ['$initial'], priority: 3 },
              { name: 'app', test: /^\0rolldown\/runtime/, priority: 3 },
              { name: 'visitor-pages', test: VISITOR_PAGE_MODULES, priority: 2 },
              { name: 'pwa', test: SERVICE_WORKER_CLIENT_MODULES, priority: 1 },
            ],
          },
        },
      },
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    server: { host: '127.0.0.1', port: 5173 },
  };
}

/**
 * The staff studio's UI (issue 13): studio.html → dist/studio/, served under /studio by the tour
 * server. Its own build, after the app's (`vite build --mode studio`), so none of it reaches the
 * visitor's initial JS or the service worker's precache (pipeline/pwa.ts ignores studio/ too).
 */
export function studioViteConfig(build: TourBuild): UserConfig {
  return {
    base: '/studio/',
    // The app's public files are the app's: the studio needs none of them.
    publicDir: false,
    // The preview draws stops with the app's own components, which read the app's UI strings.
    plugins: [contentPlugin(build), imagesPlugin(), preact()],
    build: {
      outDir: 'dist/studio',
      emptyOutDir: true,
      assetsInlineLimit: 0,
      rolldownOptions: { input: 'studio.html' },
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === 'studio'
    ? studioViteConfig(createTourBuild(process.env))
    : tourViteConfig(createTourBuild(process.env)),
);
