// Prerendering: once the app is bundled, every visitor route in every content language is rendered
// to real HTML by the app's own components (src/prerender/render-route.tsx, bundled for Node
// here), so a visitor on a weak signal reads the stop from the first response, and a device
// without JavaScript can still read it. The files (all precached by the service worker):
//   dist/index.html, dist/stops/<id>/index.html, …        the default language: what any static
//                                                          host serves for /stops/<id> unconfigured
//   dist/index.en.html, dist/stops/<id>/index.en.html, …  every other language
//   dist/tours/<id>/print/index.html, …                   the handout (its default: no options)
//   dist/app-shell.html                                   the empty shell, for the app-shell routes
//                                                          (kiosk, guide, live: src/routing/app-shell-routes.ts)
//   dist/404.html, dist/404.<lang>.html                   the "page not found", answered with status
//                                                          404 to any other address (and by static hosts)
//   dist/prerendered.json                                 the list, for the tour server and the
//                                                          service worker (src/prerender/)
// The client hydrates a page when it is the route and language it wants (src/main.tsx).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Plugin, type PluginOption, type ResolvedConfig, build as viteBuild } from 'vite';
import type { LanguageInfo } from '../../src/content/types.ts';
import {
  APP_SHELL_FILE,
  notFoundPageFile,
  PRERENDERED_FILE,
  type PrerenderedPages,
  pageFile,
} from '../../src/prerender/prerendered-pages.ts';
import { appShellMode } from '../../src/routing/app-shell-routes.ts';
import { pageHtml } from './html-page.ts';
import { type BundleInfo, routeAssets } from './route-assets.ts';

const RENDERER_ENTRY = 'src/prerender/render-route.tsx';

/** What src/prerender/render-route.tsx exports (bundled for Node, so typed here). */
interface RenderedRoute {
  html: string;
  title: string;
}

interface Renderer {
  renderRoute(path: string, lang: string): Promise<RenderedRoute>;
  visitorRoutes(): string[];
  tourStopIds(tourId: string): string[];
  languages: readonly string[];
  defaultLanguage: string;
}

export interface PrerenderOptions {
  /** The plugins the renderer is bundled with: the app's own (content, images, preact). */
  plugins: () => PluginOption[];
  /** The content's languages (site.yaml), for the list the server and the worker read. */
  languages: () => LanguageInfo[];
}

export function prerenderPlugin(options: PrerenderOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'sbc-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // writeBundle, not closeBundle: the pages must be in dist/ before the service worker's
    // precache list is made (vite-plugin-pwa, closeBundle).
    async writeBundle(_output, bundle) {
      if (config.build.ssr) return;
      const started = Date.now();
      const outDir = resolve(config.root, config.build.outDir);
      const renderer = await bundleRenderer(config.root, options.plugins());
      const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
      writeFileSync(join(outDir, APP_SHELL_FILE), shell);

      const info = bundle as unknown as BundleInfo;
      const pages: PrerenderedPages['pages'] = {};
      const write = (file: string, html: string) => {
        mkdirSync(dirname(join(outDir, file)), { recursive: true });
        writeFileSync(join(outDir, file), html);
      };
      const render = async (route: string, lang: string) => {
        const { html, title } = await renderer.renderRoute(route, lang);
        const assets = routeAssets(info, config.root, route, renderer.tourStopIds);
        return pageHtml(shell, { route, lang, title, body: html, ...assets });
      };
      for (const route of renderer.visitorRoutes()) {
        // The server and the worker would answer it with the app shell: never reachable.
        if (appShellMode(route)) throw new Error(`prerender: ${route} is an app-shell route`);
        pages[route] = {};
        for (const lang of renderer.languages) {
          const file = pageFile(route, lang, renderer.defaultLanguage);
          write(file, await render(route, lang));
          pages[route][lang] = file;
        }
      }
      const notFound: PrerenderedPages['notFound'] = {};
      for (const lang of renderer.languages) {
        const file = notFoundPageFile(lang, renderer.defaultLanguage);
        write(file, await render('/404', lang));
        notFound[lang] = file;
      }
      const list: PrerenderedPages = {
        defaultLanguage: renderer.defaultLanguage,
        languages: options.languages(),
        pages,
        notFound,
      };
      writeFileSync(join(outDir, PRERENDERED_FILE), `${JSON.stringify(list, null, 2)}\n`);
      const count = Object.keys(pages).length * renderer.languages.length;
      config.logger.info(
        `prerendered ${count} pages (${Object.keys(pages).length} routes × ${renderer.languages.length} languages) in ${Date.now() - started} ms`,
      );
    },
  };
}

/** Bundles the renderer for Node with the app's plugins and loads it. */
async function bundleRenderer(root: string, plugins: PluginOption[]): Promise<Renderer> {
  // A folder of its own per build: Node keeps every module it loaded, by URL, for the process's
  // life, and a second build in one process (the tests) must not get the first one's renderer.
  // (A query string on the entry alone would not do: its chunks import it without one, which
  // would make a second copy of every shared module.)
  const cacheDir = join(root, 'node_modules/.cache/sbc-prerender');
  rmSync(cacheDir, { recursive: true, force: true });
  const outDir = join(cacheDir, `${Date.now()}-${process.pid}`);
  await viteBuild({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins,
    build: {
      ssr: RENDERER_ENTRY,
      outDir,
      emptyOutDir: true,
      assetsInlineLimit: 0,
      rolldownOptions: { output: { entryFileNames: 'render-route.mjs' } },
    },
  });
  return (await import(pathToFileURL(join(outDir, 'render-route.mjs')).href)) as Renderer;
}
