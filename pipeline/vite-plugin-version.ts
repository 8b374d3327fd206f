// Writes dist/version.json: which build and content the server has now. The service worker never
// caches it (network only), so a device compares it with the build it runs to tell it is stale.
import type { Plugin } from 'vite';
import type { TourBuild } from './tour-build.ts';

export interface VersionInfo {
  buildId: string;
  buildTime: string;
  contentVersion: string;
}

export const VERSION_FILE = 'version.json';

export function versionPlugin(build: TourBuild): Plugin {
  return {
    name: 'sbc-version-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: VERSION_FILE,
        source: `${JSON.stringify(build.identity(), null, 2)}\n`,
      });
    },
  };
}
