// The service worker and web app manifest (vite-plugin-pwa, Workbox generateSW).
// Contract: everything the tour needs is precached; navigations to any route get the app shell;
// a new version waits until the app tells it to take over (SKIP_WAITING), see src/pwa/.
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { VERSION_FILE } from '../src/pwa/build-identity.ts';

export const THEME_COLOR = '#1f3a5f';
export const BACKGROUND_COLOR = '#f5f7fa';

export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  // 'prompt': the new worker waits; the app decides when (banner, kiosk idle reset, guide's choice).
  registerType: 'prompt',
  // src/pwa/register.ts registers the worker itself, after the first render.
  injectRegister: false,
  filename: 'sw.js',
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
  workbox: {
    // Everything: app shell, every route's chunk (stops, glossary, kiosk, guide), fonts, images.
    globPatterns: ['**/*.{html,js,css,woff2,svg,png,webp,jpg,jpeg,ico}'],
    // version.json must always come from the network, or a stale device could not tell it is stale.
    // The printable QR signs are for staff at a desk, not for devices on the tour.
    globIgnores: [VERSION_FILE, 'print/**'],
    // Any route, including a stop's QR link never visited before, is answered by the app shell.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [
      new RegExp(`^/${VERSION_FILE.replace('.', '\\.')}$`),
      /^\/sw\.js$/,
      /^\/print\//,
    ],
    // The first visit is controlled at once, so a visitor who scanned one QR code can walk into
    // a basement and still open the next stop. Updates still wait for SKIP_WAITING.
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // A full font weight must never slip into the precache by accident: budgets are in
    // scripts/check-budgets.ts; this is only Workbox's own per-file ceiling.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  },
};
