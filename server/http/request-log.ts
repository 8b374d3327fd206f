// One log line per request, when its answer is sent: method, path, status, time. No query string,
// no headers, no body: nothing a visitor or a later API sends can end up in the logs.
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/** The path of a request target, without its query string. */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return (query === -1 ? url : url.slice(0, query)).slice(0, 200);
}

export class RequestLog extends LogController {
  /** Nothing on arrival: the line is written with the answer. */
  override incomingRequest(): void {}

  /** The line for a request nothing matched is the same as for any other. */
  override routeNotFound(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      path: pathOf(request.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request');
    else reply.log.info(line, 'request');
  }
}
