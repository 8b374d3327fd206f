// What every response carries, whichever part of the server sends it: the security headers of
// pipeline/security-headers.ts, and `Cache-Control: no-store` on errors (a 404 in the middle of a
// deploy must never stick on a device or a proxy).
import type { FastifyInstance, FastifyReply } from 'fastify';

export type HeaderMap = Readonly<Record<string, string>>;

/** Adds the security headers to a reply, and no-store when it is an error or says nothing. */
export function applyResponseHeaders(reply: FastifyReply, securityHeaders: HeaderMap): void {
  reply.headers(securityHeaders);
  if (reply.statusCode >= 400 || !reply.hasHeader('cache-control')) {
    reply.header('cache-control', 'no-store');
  }
}

/** Applies them to every reply that goes through Fastify's lifecycle (routes, 404s, errors). */
export function addResponseHeaders(app: FastifyInstance, securityHeaders: HeaderMap): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    applyResponseHeaders(reply, securityHeaders);
    return payload;
  });
}
