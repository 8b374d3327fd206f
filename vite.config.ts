import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { contentPlugin } from './build/vite-plugin-content.ts';

export default defineConfig({
  plugins: [contentPlugin(), preact()],
  build: {
    // Every image and font stays a file of its own, so the service worker can precache it.
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
