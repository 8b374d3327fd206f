// The chunks and stylesheets a prerendered route needs, read from the client bundle Vite wrote:
// its stylesheets are linked in the page (so the prerendered text is styled from the first paint,
// with nothing to shift when the chunk arrives), its chunks preloaded (so hydration waits for one
// round trip, not a chain of them).
import { join } from 'node:path';

/** The part of Rollup's OutputBundle read here. */
export type BundleInfo = Record<
  string,
  | {
      type: 'chunk';
      fileName: string;
      isEntry: boolean;
      facadeModuleId: string | null;
      moduleIds: string[];
      imports: string[];
      viteMetadata?: { importedCss: Set<string> };
    }
  | { type: 'asset'; fileName: string }
>;

/** The modules a route loads before it hydrates (src/routing/preload-route.ts says the same). */
function routeModules(
  root: string,
  route: string,
  tourStops: (tourId: string) => string[],
): { modules: string[]; preload: boolean } {
  const source = (path: string) => join(root, path);
  if (route === '/') {
    // Home's own code is the entry; its list of stops is a small chunk, fetched without a
    // modulepreload so the initial JS of "/" stays what the budget counts.
    return { modules: [source('src/modes/visitor/StopLinks.tsx')], preload: false };
  }
  if (route === '/glossary') {
    return {
      modules: [source('src/modes/visitor/GlossaryPage.tsx'), '\0virtual:content/glossary'],
      preload: true,
    };
  }
  const stop = /^\/stops\/([^/]+)$/.exec(route);
  if (stop) {
    return {
      modules: [source('src/modes/visitor/StopPage.tsx'), `\0virtual:content/stop/${stop[1]}`],
      preload: true,
    };
  }
  const handout = /^\/tours\/([^/]+)\/print$/.exec(route);
  if (handout) {
    return {
      modules: [
        source('src/modes/visitor/TourHandoutPage.tsx'),
        '\0virtual:content/glossary',
        ...tourStops(handout[1]).map((id) => `\0virtual:content/stop/${id}`),
      ],
      preload: true,
    };
  }
  if (route.startsWith('/tours/'))
    return { modules: [source('src/modes/visitor/TourPage.tsx')], preload: true };
  return { modules: [source('src/modes/visitor/NotFoundPage.tsx')], preload: true };
}

export function routeAssets(
  bundle: BundleInfo,
  root: string,
  route: string,
  tourStops: (tourId: string) => string[],
): { scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const { modules, preload } = routeModules(root, route, tourStops);
  // What the entry brings (its chunk, its static imports, its CSS) is in the page already.
  const inEntry = new Set<string>();
  for (const chunk of chunks) {
    if (chunk.type === 'chunk' && chunk.isEntry) {
      inEntry.add(chunk.fileName);
      for (const imported of chunk.imports) inEntry.add(imported);
    }
  }
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (fileName: string) => {
    if (scripts.has(fileName) || inEntry.has(fileName)) return;
    const chunk = chunks.find((item) => item.fileName === fileName);
    if (chunk?.type !== 'chunk') return;
    scripts.add(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const id of modules) {
    // A module's own chunk, or the group chunk it was bundled into (vite.config.ts).
    const chunk = chunks.find((item) => item.type === 'chunk' && item.moduleIds.includes(id));
    if (!chunk) throw new Error(`prerender: no chunk for ${id} (route ${route})`);
    visit(chunk.fileName);
  }
  return { scripts: preload ? [...scripts] : [], styles: [...styles] };
}
