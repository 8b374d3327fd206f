// The built app (dist/): its files, each prerendered route's page in the visitor's language, the
// app shell for the app-shell routes (kiosk, guide, live: src/routing/app-shell-routes.ts), the
// "page not found" with status 404 for any other address, and the cache rule of each.
// An encapsulated plugin: its routes and 404 handling cover what no other plugin claims.
import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { APP_SHELL_FILE } from '../../src/prerender/names.ts';
import { appShellMode } from '../../src/routing/app-shell-routes.ts';
import { sendError } from '../http/errors.ts';
import { cacheControlFor } from './cache-control.ts';
import { contentTypeFor } from './content-types.ts';
import { notFoundPageFor, PAGE_VARY, pageFor, prerenderedPages } from './prerendered-page.ts';
import { looksLikeFile, requestPath } from './request-path.ts';

/**
 * A prerendered page (`index.html`, `index.en.html`) or "page not found" (`404.en.html`): its
 * language depends on the request.
 */
const PAGE_FILE = /^(index|404)(\.[A-Za-z0-9-]+)?\.html$/;

export interface StaticAppOptions {
  /** Absolute path of the built app. */
  distDir: string;
  /**
   * The folder to serve now, asked at every request (default: distDir): the studio's publish
   * switches it to a new release, complete before the switch, so a request sees one release whole.
   */
  currentRoot?: () => string;
}

const READ_METHODS = ['GET', 'HEAD'];

export const staticApp: FastifyPluginAsync<StaticAppOptions> = async (
  app,
  { distDir, currentRoot = () => distDir },
) => {
  const pages = prerenderedPages(currentRoot);
  // A build from before prerendering has only index.html, which is then the shell.
  const appShell = () =>
    existsSync(join(currentRoot(), APP_SHELL_FILE)) ? APP_SHELL_FILE : 'index.html';

  await app.register(fastifyStatic, {
    root: distDir,
    // Our own route below decides which file to send; files are looked up when asked for, so a
    // deploy that swaps dist/ (a symbolic link) is served at once, without a restart.
    serve: false,
    index: ['index.html'],
    redirect: false,
    cacheControl: false,
    setHeaders(reply, file) {
      reply.header('cache-control', cacheControlFor(relative(currentRoot(), file)));
      if (PAGE_FILE.test(basename(file))) reply.header('vary', PAGE_VARY);
      const type = contentTypeFor(file);
      if (type) reply.header('content-type', type);
    },
  });

  /** A file of dist/, or (through the 404 handler) the app shell or a 404. */
  app.route({
    method: READ_METHODS,
    url: '/*',
    // Returns nothing: sendFile answers later (awaiting the reply here would only stack listeners).
    handler(request, reply) {
      const path = requestPath(request.url);
      if (path === null) {
        sendError(reply, 400);
        return;
      }
      const root = currentRoot();
      if (looksLikeFile(path)) {
        reply.sendFile(path, root);
        return;
      }
      // A route: its prerendered page in the visitor's language, if the build made one.
      void pages().then(
        (list) => {
          const page = list && pageFor(list, path, request);
          reply.sendFile(page ?? path, root);
        },
        (error: unknown) => reply.send(error),
      );
    },
  });

  /**
   * An address that is no prerendered route: the "page not found" in the visitor's language, with
   * status 404 (never cached: server/http/response-headers.ts). Without a list of pages (a build
   * from before prerendering, or a damaged list) the server cannot tell a stop from an unknown
   * address, so the app shell answers, as a static host would.
   */
  function sendNotFoundPage(request: FastifyRequest, reply: FastifyReply): void {
    const root = currentRoot();
    void pages().then(
      (list) => {
        const page = list && notFoundPageFor(list, request);
        if (page) reply.code(404).sendFile(page, root);
        else reply.sendFile(appShell(), root);
      },
      (error: unknown) => reply.send(error),
    );
  }

  // Reached when no file matched (or for another method): an app-shell route (/kiosk, /guide,
  // /live/<code>, …) gets the app shell; any other address the prerendered "page not found"; a
  // missing file stays a plain 404, never the app (a stale /assets/… chunk must fail, not parse
  // HTML as script).
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = requestPath(request.url);
    if (!READ_METHODS.includes(request.method)) {
      sendError(reply.header('allow', READ_METHODS.join(', ')), 405);
    } else if (path === null) sendError(reply, 400);
    else if (looksLikeFile(path)) sendError(reply, 404);
    else if (appShellMode(path)) reply.sendFile(appShell(), currentRoot());
    else sendNotFoundPage(request, reply);
  });
};
