// The build's identity, one object (tour-build.ts) told two ways: dist/version.json, which the
// service worker never caches (network only), so a device compares it with the build it runs to
// tell it is stale, and `virtual:version`, the same object compiled into the app.
import type { Plugin } from 'vite';
import { VERSION_FILE } from '../src/pwa/build-identity.ts';
import type { TourBuild } from './tour-build.ts';

const MODULE_ID = 'virtual:version';

export function versionPlugin(build: TourBuild): Plugin {
  const identityJson = () => JSON.stringify(build.identity(), null, 2);
  return {
    name: 'sbc-version',
    resolveId: (id) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
    load: (id) => (id === `\0${MODULE_ID}` ? `export default ${identityJson()};` : undefined),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: VERSION_FILE, source: `${identityJson()}\n` });
    },
    handleHotUpdate({ file, server }) {
      // The dev server: an edited content file is a new content version.
      if (!file.startsWith(build.contentDir)) return;
      const module = server.moduleGraph.getModuleById(`\0${MODULE_ID}`);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
