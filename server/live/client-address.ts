// The client's address, the same way for HTTP requests (Fastify's trustProxy) and for Socket.IO's
// handshake: the peer's address, or behind a trusted proxy the last address it forwarded.
import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';

export type ClientAddress = (request: IncomingMessage) => string;

export function clientAddressFor(trustedProxies: readonly string[]): ClientAddress {
  if (trustedProxies.length === 0) return (request) => request.socket.remoteAddress ?? 'unknown';
  const trust = proxyAddr.compile([...trustedProxies]);
  return (request) => proxyAddr(request, trust);
}
