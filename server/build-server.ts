// The tour server: one Fastify app, one encapsulated plugin per concern (the built app, the
// health check, the live relay, the studio). Every concern shares the
// hardening set here: request limits, the security headers and no-store errors on every answer,
// short JSON errors, and one log line per request.
import type { AddressInfo } from 'node:net';
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import { SECURITY_HEADERS } from '../pipeline/security-headers.ts';
import type { ServerConfig } from './config.ts';
import { health } from './health/plugin.ts';
import {
  answerOutsideRequests,
  clientErrorHandler,
  frameworkErrorHandler,
  handleRouteError,
  sendError,
} from './http/errors.ts';
import { LIMITS } from './http/limits.ts';
import { RequestLog } from './http/request-log.ts';
import { addResponseHeaders, type HeaderMap } from './http/response-headers.ts';
import { liveRelay } from './live/plugin.ts';
import { staticApp } from './static/plugin.ts';
import { studio } from './studio/plugin.ts';
import { ReleaseStore } from './studio/releases.ts';

export interface BuildOptions {
  /**
   * The security headers sent on every response. Always SECURITY_HEADERS in production; a test
   * that must see the app without the CSP (to test another defence alone) passes {}.
   */
  securityHeaders?: HeaderMap;
  /**
   * Prefix of the live relay's Redis keys and channels: instances of one service share it (the
   * default); tests that share one Redis keep apart with their own.
   */
  redisPrefix?: string;
}

export async function buildServer(
  config: ServerConfig,
  { securityHeaders = SECURITY_HEADERS, redisPrefix }: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    // Behind nginx, request.ip is the visitor's address from X-Forwarded-For (the live relay's
    // limits are per address); only the listed proxies are believed.
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy.join(',') : false,
    logController: new RequestLog(),
    bodyLimit: LIMITS.bodyLimit,
    requestTimeout: LIMITS.requestTimeout,
    keepAliveTimeout: LIMITS.keepAliveTimeout,
    http: {
      maxHeaderSize: LIMITS.maxHeaderSize,
      headersTimeout: LIMITS.headersTimeout,
      connectionsCheckingInterval: LIMITS.connectionsCheckingInterval,
      // Node would answer a missing Host itself, without our headers: checked below instead.
      requireHostHeader: false,
    },
    routerOptions: { maxParamLength: LIMITS.maxParamLength, ignoreDuplicateSlashes: true },
    // A request in absolute form (`GET http://host/path`, which HTTP/1.1 servers must accept) is
    // routed by its path, as nginx does.
    rewriteUrl: (request) => originForm(request.url ?? '/'),
    frameworkErrors: frameworkErrorHandler(securityHeaders),
    clientErrorHandler: clientErrorHandler(securityHeaders),
  });

  answerOutsideRequests(app, securityHeaders);
  app.setErrorHandler(handleRouteError);
  addResponseHeaders(app, securityHeaders);
  // A client that sends its request and closes its half of the connection still gets the answer
  // (Node's default drops the request in flight).
  (app.server as typeof app.server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.length > LIMITS.maxUrlLength) return sendError(reply, 414);
    // HTTP/1.1 requires Host (RFC 9112, 3.2).
    if (request.raw.httpVersion === '1.1' && !request.headers.host) return sendError(reply, 400);
  });
  // Text is compressed with gzip, as nginx does it; fonts and images are compressed already. (The
  // threshold applies to answers built in memory: a file's stream is always compressed.)
  await app.register(fastifyCompress, { encodings: ['gzip'], threshold: 512 });

  const healthSections = new Map<string, () => Promise<unknown>>();
  await app.register(liveRelay, {
    prefix: '/api/live',
    live: config.live,
    redisUrl: config.redisUrl,
    trustProxy: config.trustProxy,
    securityHeaders,
    redisPrefix,
    report: (section) => healthSections.set('live', section),
  });
  // The studio's releases decide which build the static app serves (DIST_DIR until a publish).
  const releases = new ReleaseStore(
    config.studio.dataDir,
    config.distDir,
    config.studio.keepReleases,
  );
  await app.register(studio, { studio: config.studio, distDir: config.distDir, releases });
  await app.register(health, {
    prefix: '/api',
    distDir: config.distDir,
    currentRoot: releases.currentRoot,
    sections: healthSections,
  });
  await app.register(staticApp, { distDir: config.distDir, currentRoot: releases.currentRoot });
  return app;
}

/** `http://host/path?q` → `/path?q`; an origin-form target is returned as it is. */
function originForm(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  if (!match) return url;
  const rest = url.slice(match[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

export interface RunningServer {
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Builds the server and listens on config.host and config.port (0: a free port). */
export async function startServer(
  config: ServerConfig,
  options?: BuildOptions,
): Promise<RunningServer> {
  const app = await buildServer(config, options);
  await app.listen({ host: config.host, port: config.port });
  const { address, family, port } = app.server.address() as AddressInfo;
  const host = family === 'IPv6' ? `[${address}]` : address;
  return { app, url: `http://${host}:${port}`, close: () => closeGracefully(app) };
}

/** Stops accepting connections, lets requests in progress finish (bounded), then closes. */
async function closeGracefully(app: FastifyInstance): Promise<void> {
  const cutOff = setTimeout(() => app.server.closeAllConnections(), LIMITS.shutdownGraceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(cutOff);
  }
}
