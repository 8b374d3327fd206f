// Socket.IO on the tour server's own HTTP server, at LIVE_SOCKET_PATH on the same origin as the
// app: WebSocket, and HTTP long-polling for networks and in-app browsers that block the upgrade.
// No CORS (same origin only; a page of another origin is refused), no client files served, small
// messages, heartbeats, and the security headers on every long-polling answer.
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import { LIVE_SOCKET_PATH } from '../../src/live/protocol.ts';
import type { HeaderMap } from '../http/response-headers.ts';
import type { LiveCounters } from './counters.ts';
import { LIVE_SERVER_LIMITS } from './limits.ts';

export interface SocketServerOptions {
  securityHeaders: HeaderMap;
  counters: LiveCounters;
  /** The Redis adapter when several instances share the rooms; none: in memory. */
  adapter?: ServerOptions['adapter'];
}

export function createSocketServer(httpServer: HttpServer, options: SocketServerOptions): Server {
  const io = new Server(httpServer, {
    path: LIVE_SOCKET_PATH,
    serveClient: false,
    transports: ['polling', 'websocket'],
    maxHttpBufferSize: LIVE_SERVER_LIMITS.maxHttpBufferSize,
    pingInterval: LIVE_SERVER_LIMITS.pingInterval,
    pingTimeout: LIVE_SERVER_LIMITS.pingTimeout,
    // The client must reach the namespace quickly after its transport is open.
    connectTimeout: 10_000,
    // Not used: the Redis pub/sub adapter cannot recover state, and a follower's join answer
    // carries the current position anyway (rejoining IS the recovery).
    connectionStateRecovery: undefined,
    allowRequest(request, callback) {
      const allowed = sameOrigin(request);
      if (!allowed) options.counters.drop('foreign-origin');
      callback(allowed ? null : 'same origin only', allowed);
    },
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });
  // Every engine.io answer (long-polling, handshakes, its errors) carries the same headers as any
  // other answer of the server, and is never cached.
  io.engine.use(
    (
      _request: IncomingMessage,
      response: { setHeader(n: string, v: string): void },
      next: () => void,
    ) => {
      for (const [name, value] of Object.entries(options.securityHeaders)) {
        response.setHeader(name, value);
      }
      response.setHeader('Cache-Control', 'no-store');
      next();
    },
  );
  return io;
}

/**
 * A browser says which page opened the connection (Origin): it must be this server's own. Tools
 * and apps that send no Origin are let through (they carry no cookies: there is nothing to steal).
 */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host.toLowerCase() === (request.headers.host ?? '').toLowerCase();
  } catch {
    return false;
  }
}
