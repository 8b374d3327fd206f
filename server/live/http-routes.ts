// The live relay's HTTP API under /api/live (src/live/protocol.ts, HttpMessages): the probe, a new
// or re-claimed room, a follower's look at a code, and the end of a room. JSON only; errors are
// `{ statusCode, error, code }`, never cached.
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import * as v from 'valibot';
import {
  HttpMessages,
  JoinCodeSchema,
  LIVE_PROTOCOL_VERSION,
  LIVE_SOCKET_PATH,
  type LiveError,
  SecretSchema,
} from '../../src/live/protocol.ts';
import { handleRouteError, sendError } from '../http/errors.ts';
import { LIVE_SERVER_LIMITS } from './limits.ts';
import type { LiveRooms } from './rooms.ts';

/** The HTTP status of each refusal. */
const STATUS: Record<LiveError, number> = {
  invalid: 400,
  forbidden: 403,
  unknown: 404,
  ended: 404,
  taken: 409,
  'rate-limited': 429,
  full: 503,
  stale: 409,
  unavailable: 503,
};

const refuse = (reply: FastifyReply, error: LiveError) => sendError(reply, STATUS[error], error);

const BEARER = /^Bearer ([A-Za-z0-9_-]{43})$/;

export interface LiveRoutesOptions {
  rooms: LiveRooms;
  /** Tells everyone in a room that it ended (the socket relay). */
  announceEnded(code: string): void;
}

export async function liveRoutes(
  app: FastifyInstance,
  { rooms, announceEnded }: LiveRoutesOptions,
) {
  await app.register(rateLimit, {
    global: false,
    // Bounded: the addresses of the last 10,000 clients.
    cache: 10_000,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error('rate limited'), { statusCode: context.statusCode }),
  });
  const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: 60_000 } });

  // Refusals of the framework (a body that is not JSON, too large, of another type, limits)
  // answer in the API's shape, with a code.
  app.setErrorHandler(function liveError(error: FastifyError, request, reply) {
    const status = error.statusCode ?? 500;
    if (status === 429) return refuse(reply, 'rate-limited');
    if (status >= 400 && status < 500) return sendError(reply, status, 'invalid');
    return handleRouteError.call(this, error, request, reply);
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });

  app.get('/', async () => ({ protocol: LIVE_PROTOCOL_VERSION, socketPath: LIVE_SOCKET_PATH }));

  app.post(
    '/',
    {
      bodyLimit: LIVE_SERVER_LIMITS.createBodyLimit,
      config: perMinute(LIVE_SERVER_LIMITS.createsPerMinute),
    },
    async (request, reply) => {
      const body = v.safeParse(HttpMessages.create, request.body ?? {});
      if (!body.success) return refuse(reply, 'invalid');
      if (!('code' in body.output)) {
        const created = await rooms.create();
        if (!created.ok) return refuse(reply, created.error);
        return reply.code(201).send({ code: created.code, secret: created.secret });
      }
      const { code, secret } = body.output;
      const claimed = await rooms.claim(request.ip, code, secret);
      if (!claimed.ok) return refuse(reply, claimed.error);
      return reply.code(claimed.created ? 201 : 200).send({ code, secret });
    },
  );

  app.get<{ Params: { code: string } }>(
    '/:code',
    { config: perMinute(LIVE_SERVER_LIMITS.lookupsPerMinute) },
    async (request, reply) => {
      if (!v.is(JoinCodeSchema, request.params.code)) return refuse(reply, 'invalid');
      const found = await rooms.lookup(request.ip, request.params.code);
      if (!found.ok) return refuse(reply, found.error);
      return { exists: true, position: found.position };
    },
  );

  app.delete<{ Params: { code: string } }>(
    '/:code',
    { config: perMinute(LIVE_SERVER_LIMITS.lookupsPerMinute) },
    async (request, reply) => {
      const secret = BEARER.exec(request.headers.authorization ?? '')?.[1];
      const { code } = request.params;
      if (!v.is(JoinCodeSchema, code) || !v.is(SecretSchema, secret))
        return refuse(reply, 'invalid');
      const ended = await rooms.end(request.ip, code, secret);
      if (!ended.ok) return refuse(reply, ended.error);
      announceEnded(code);
      return reply.code(204).send();
    },
  );
}
