import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './build/vite-plugin-content.ts';
import { imagesPlugin } from './build/vite-plugin-images.ts';

export default defineConfig({
  plugins: [contentPlugin({ dir: 'test/fixtures/content/valid' }), imagesPlugin(), preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one Chromium at a time keeps timings steady.
          fileParallelism: false,
        },
      },
    ],
  },
});
