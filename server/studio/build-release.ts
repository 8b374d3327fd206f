// The build of one release, run as a child process by the publish step (releases.ts):
// `node --import tsx server/studio/build-release.ts <contentDir> <outDir>`. The same Vite config
// as `npm run build` (vite.config.ts), for the given content folder, into a new folder.
import { build } from 'vite';
import { createTourBuild } from '../../pipeline/tour-build.ts';
import { tourViteConfig } from '../../vite.config.ts';

// A production build whatever the parent runs as (the tour server under a test runner says "test").
process.env.NODE_ENV = 'production';
const [contentDir, outDir] = process.argv.slice(2);
if (!contentDir || !outDir) {
  console.error('usage: build-release.ts <contentDir> <outDir>');
  process.exit(2);
}
const config = tourViteConfig(createTourBuild({ CONTENT_DIR: contentDir }));
await build({
  ...config,
  configFile: false,
  logLevel: 'warn',
  build: { ...config.build, outDir, emptyOutDir: true },
});
