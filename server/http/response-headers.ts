// What every response carries, whichever part of the server sends it: the security headers of
// pipeline/security-headers.ts (without the document policies on plain scripts, styles, fonts
// and images), and `Cache-Control: no-store` on errors (a 404 in the middle of a deploy must never
// stick on a device or a proxy).
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  isPlainSubresource,
  SUBRESOURCE_SECURITY_HEADERS,
} from '../../pipeline/security-headers.ts';

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
  // A script, stylesheet, font or raster image gets only the headers that apply to it
  // (pipeline/security-headers.ts says which).
  const forSubresources = Object.fromEntries(
    Object.entries(securityHeaders).filter(([name]) => name in SUBRESOURCE_SECURITY_HEADERS),
  );
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?', 1)[0];
    const plain = isPlainSubresource(path, reply.statusCode);
    applyResponseHeaders(reply, plain ? forSubresources : securityHeaders);
    return payload;
  });
}
