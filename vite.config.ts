import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { contentPlugin } from './build/vite-plugin-content.ts';
import { signsPlugin } from './build/vite-plugin-signs.ts';

const buildTime = new Date().toISOString();
/** A build id a person can read: when it was built, plus a random suffix so two builds never share one. */
const buildId = `${buildTime.slice(0, 16).replace(/[-:T]/g, '')}-${Math.random().toString(36).slice(2, 8)}`;

export default defineConfig({
  plugins: [contentPlugin(), preact(), signsPlugin()],
  define: {
    __BUILD_ID__: JSON.stringify(buildId),
    __BUILD_TIME__: JSON.stringify(buildTime),
  },
  build: {
    // Every image and font stays a file of its own, so the service worker can precache it.
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
