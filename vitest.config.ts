import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { createTourBuild } from './pipeline/tour-build.ts';
import { contentPlugin } from './pipeline/vite-plugin-content.ts';
import { imagesPlugin } from './pipeline/vite-plugin-images.ts';
import { versionPlugin } from './pipeline/vite-plugin-version.ts';

const unitTestBuild = createTourBuild({ CONTENT_DIR: 'test/fixtures/content/valid' });

export default defineConfig({
  plugins: [
    // Unit tests see the small fixture content, whatever CONTENT_DIR the built app used.
    contentPlugin(unitTestBuild),
    versionPlugin(unitTestBuild),
    imagesPlugin(),
    preact(),
  ],
  test: {
    projects: [
      {
        // Pure logic and components (jsdom where a test asks for it), the content pipeline.
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/chromium/**', 'test/dist/**'],
          environment: 'node',
        },
      },
      {
        // The production build in dist/ as files, and as Debian's nginx serves it.
        extends: true,
        test: {
          name: 'dist',
          include: ['test/dist/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The production build served on 127.0.0.1, driven in real Chromium.
        extends: true,
        test: {
          name: 'chromium',
          include: ['test/chromium/**/*.test.ts'],
          globalSetup: ['test/chromium/support/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one Chromium at a time keeps timings steady.
          fileParallelism: false,
        },
      },
    ],
  },
});
