// HTTP by hand over a TCP socket (node:net): for requests no HTTP client would send.
import { connect } from 'node:net';

export interface RawResponse {
  /** The status of each response in order (several when requests are pipelined). */
  statuses: number[];
  /** The first response's headers, names lower-cased. */
  headers: Record<string, string>;
  /** The first response's body (UTF-8). */
  body: string;
}

interface OneResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Splits what a server wrote into its responses (Content-Length or chunked bodies). */
function parseResponses(bytes: Buffer): RawResponse {
  const responses: OneResponse[] = [];
  let rest = bytes;
  while (rest.length > 0) {
    const headEnd = rest.indexOf('\r\n\r\n');
    if (headEnd === -1) break;
    const [statusLine, ...lines] = rest.subarray(0, headEnd).toString('latin1').split('\r\n');
    const status = /^HTTP\/1\.[01] (\d{3}) /.exec(statusLine);
    if (!status) break;
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    rest = rest.subarray(headEnd + 4);
    let body: Buffer;
    if (headers['transfer-encoding'] === 'chunked') {
      const parts: Buffer[] = [];
      for (;;) {
        const lineEnd = rest.indexOf('\r\n');
        const size = Number.parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16);
        rest = rest.subarray(lineEnd + 2);
        if (!(size > 0)) break;
        parts.push(rest.subarray(0, size));
        rest = rest.subarray(size + 2);
      }
      rest = rest.subarray(rest.indexOf('\r\n') + 2);
      body = Buffer.concat(parts);
    } else {
      const length = Number(headers['content-length'] ?? rest.length);
      body = rest.subarray(0, length);
      rest = rest.subarray(length);
    }
    responses.push({ status: Number(status[1]), headers, body });
  }
  return {
    statuses: responses.map((response) => response.status),
    headers: responses[0]?.headers ?? {},
    body: responses[0]?.body.toString('utf8') ?? '',
  };
}

/**
 * Sends bytes as they are and collects the answer until the server closes the connection (ask
 * for `Connection: close`), or `idleMs` pass without data. `halfClose` ends the writing side
 * after sending, as a client that sends its request and shuts down its half of the socket.
 */
export function rawRequest(
  port: number,
  request: string | Buffer,
  { halfClose = false, idleMs = 1500 } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: '127.0.0.1', port });
    let idle: NodeJS.Timeout;
    const finish = () => {
      clearTimeout(idle);
      socket.destroy();
      resolve(parseResponses(Buffer.concat(chunks)));
    };
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(finish, idleMs);
    };
    socket.on('connect', () => {
      if (halfClose) socket.end(request);
      else socket.write(request);
      arm();
    });
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      arm();
    });
    socket.on('close', finish);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A server may reset a connection it refuses; what it wrote before still counts.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') finish();
      else reject(error);
    });
  });
}
