// Error answers: short, the same shape everywhere (JSON, or a bilingual page for a browser's
// navigation), never a stack trace, a message or a path.
// Covers the three ways an error reaches a client: a route's error (handler, file stream, limits),
// a URL the router cannot decode, and a request so broken that Node's parser rejects it.
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorPage } from './error-page.ts';
import { applyResponseHeaders, type HeaderMap } from './response-headers.ts';

/**
 * The body of every error: `{"statusCode":404,"error":"Not Found"}`; an API may add a `code` its
 * clients act on (the live relay's: src/live/protocol.ts).
 */
function errorBody(status: number, code?: string): string {
  return JSON.stringify({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', code });
}

/**
 * Answers with an error: a bilingual page when a browser navigated here (it asks for HTML), else
 * the JSON body (scripts, the service worker, API clients).
 */
export function sendError(reply: FastifyReply, status: number, code?: string): FastifyReply {
  reply.code(status);
  if (/\btext\/html\b/.test(reply.request.headers.accept ?? '')) {
    return reply.type('text/html; charset=utf-8').send(errorPage(status));
  }
  return reply.type('application/json; charset=utf-8').send(errorBody(status, code));
}

/** A client error (4xx) keeps its status; anything else is a 500, logged with its stack. */
export function handleRouteError(
  this: FastifyInstance,
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const status = error.statusCode ?? 500;
  const clientError = status >= 400 && status < 500;
  // The request line (server/http/request-log.ts) says the status; a server error adds its stack.
  if (clientError) request.log.debug({ code: error.code }, 'client error');
  else request.log.error({ err: error }, 'request failed');
  return sendError(reply, clientError ? status : 500);
}

/**
 * Fastify's `frameworkErrors`: a URL the router cannot decode (`/%ff`). This reply skips the
 * route hooks, so it gets its headers here.
 */
export function frameworkErrorHandler(securityHeaders: HeaderMap) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // Its request line, in the usual shape (the path cannot be decoded, so it is left out).
    request.log.info({ method: request.method, status: 400, code: error.code }, 'request');
    reply.code(400);
    applyResponseHeaders(reply, securityHeaders);
    sendError(reply, 400);
  };
}

/** The headers of an error written outside Fastify: the same as any error's. */
function rawErrorHeaders(status: number, securityHeaders: HeaderMap): Record<string, string> {
  return {
    ...securityHeaders,
    'Cache-Control': 'no-store',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(errorBody(status))),
    Connection: 'close',
  };
}

/** Writes an error on a raw socket in full, then closes it both ways. */
function endSocketWithError(socket: Duplex, status: number, securityHeaders: HeaderMap): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const lines = Object.entries(rawErrorHeaders(status, securityHeaders)).map(
    ([name, value]) => `${name}: ${value}`,
  );
  const head = `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}`;
  // Closed after writing, both ways: a half-open client cannot hold the socket.
  socket.end(`${head}\r\n\r\n${errorBody(status)}`, () => socket.destroy());
}

/** The status Node's parser error deserves (Fastify's own choice, kept). */
function clientErrorStatus(code: string | undefined): number {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  return 400;
}

/**
 * Fastify's `clientErrorHandler`: Node could not parse the request (bad request line, a NUL byte,
 * headers too large, too slow). After a parse error the rest of the stream cannot be trusted, so
 * the connection is closed after the answer.
 */
export function clientErrorHandler(securityHeaders: HeaderMap) {
  return function onClientError(
    this: FastifyInstance,
    error: Error & { code?: string },
    socket: Socket,
  ): void {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    this.log.info({ status: clientErrorStatus(error.code), code: error.code }, 'malformed request');
    endSocketWithError(socket, clientErrorStatus(error.code), securityHeaders);
  };
}

/**
 * The requests Node answers itself, outside Fastify, get the same errors as any other:
 * CONNECT (this is no proxy; without a listener Node drops the connection with no answer) and an
 * `Expect` other than 100-continue (Node would send a bare 417).
 */
export function answerOutsideRequests(app: FastifyInstance, securityHeaders: HeaderMap): void {
  app.server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    app.log.info({ method: 'CONNECT', status: 405 }, 'request');
    endSocketWithError(socket, 405, securityHeaders);
  });
  app.server.on('checkExpectation', (_request: IncomingMessage, response: ServerResponse) => {
    app.log.info({ status: 417 }, 'request');
    response.writeHead(417, rawErrorHeaders(417, securityHeaders)).end(errorBody(417));
  });
}
