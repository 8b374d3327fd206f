// The service worker and web app manifest (vite-plugin-pwa, Workbox injectManifest).
// Contract: everything the tour needs is precached; navigations to any route get the app shell;
// a new version waits until the app tells it to take over (SKIP_WAITING); an evicted precache is
// refilled (CHECK_PRECACHE). The worker's code is src/sw/sw.ts; the app side is src/pwa/.
import { resolve } from 'node:path';
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { PRERENDERED_FILE } from '../src/prerender/names.ts';
import { VERSION_FILE } from '../src/pwa/build-identity.ts';
import { precacheIntegrity } from './precache-integrity.ts';

export const THEME_COLOR = '#1f3a5f';
export const BACKGROUND_COLOR = '#f5f7fa';

export const pwaOptions: Partial<VitePWAOptions> = {
  // Our own worker (src/sw/sw.ts) around Workbox: it also refills an evicted precache, which a
  // generated worker cannot do.
  strategies: 'injectManifest',
  srcDir: 'src/sw',
  filename: 'sw.ts',
  // 'prompt': the new worker waits; the app decides when (banner, kiosk idle reset, guide's choice).
  registerType: 'prompt',
  // src/pwa/register.ts registers the worker itself, after the first render.
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  // Icons from one source image: public/favicon.svg → PNG icons, maskable icon, favicon.ico.
  pwaAssets: {
    image: 'public/favicon.svg',
    preset: 'minimal-2023',
    htmlPreset: '2023',
    overrideManifestIcons: true,
    injectThemeColor: false,
    includeHtmlHeadLinks: true,
  },
  manifest: {
    id: '/',
    name: '上海市血液中心参观导览 · SBC Visitor Tour',
    short_name: '血液中心导览',
    description:
      '上海市血液中心参观导览：献血、检测、成分制备与更多，离线可用。 · A bilingual visitor tour of the Shanghai Blood Center that works offline.',
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    // The kiosk goes fullscreen itself; phones and tablets get a standalone window.
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ['education', 'medical'],
  },
  injectManifest: {
    // A classic script: every browser we support can run it as a service worker.
    rollupFormat: 'iife',
    // Everything: app shell, every route's chunk (stops, glossary, kiosk, guide), fonts, images.
    // The prerendered pages (every route × language) and their list come along (pipeline/prerender/).
    globPatterns: ['**/*.{html,js,css,woff2,svg,png,webp,jpg,jpeg,ico}', PRERENDERED_FILE],
    // version.json must always come from the network, or a stale device could not tell it is stale.
    // The printable QR signs are for staff at a desk, not for devices on the tour; nor is the
    // staff studio (its own build, dist/studio/, served under /studio).
    globIgnores: [VERSION_FILE, 'print/**', 'studio/**'],
    // A full font weight must never slip into the precache by accident: budgets are in
    // scripts/check-budgets.ts; this is only Workbox's own per-file ceiling.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  },
  integration: {
    // The integrity hashes are read from the files of this build's own output folder.
    configureOptions(viteConfig, options) {
      const outDir = resolve(viteConfig.root, viteConfig.build.outDir);
      options.injectManifest = {
        ...options.injectManifest,
        manifestTransforms: [precacheIntegrity(outDir)],
      };
    },
  },
};
