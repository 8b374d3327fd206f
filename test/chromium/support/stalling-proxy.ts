// A reverse proxy in front of a test server that can hold chosen paths back: a slow network as
// the browser meets it, to test what the app does while its service worker waits on a response.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StallingProxy {
  url: string;
  /** Holds every request for `path` until `release()`. */
  stall(path: string): void;
  /** Lets the held requests through, and stops holding. */
  release(): void;
  /** Requests held back so far. */
  held(): number;
  close(): Promise<void>;
}

export function stallingProxy(upstream: string): Promise<StallingProxy> {
  const stalled = new Set<string>();
  let waiting: (() => void)[] = [];
  let heldCount = 0;
  const server = createServer((incoming, outgoing) => {
    const forward = () => {
      const upstreamRequest = request(
        new URL(incoming.url ?? '/', upstream),
        { method: incoming.method, headers: incoming.headers },
        (response) => {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
        },
      );
      upstreamRequest.on('error', () => outgoing.destroy());
      incoming.pipe(upstreamRequest);
    };
    const path = new URL(incoming.url ?? '/', 'http://proxy').pathname;
    if (stalled.has(path)) {
      heldCount++;
      waiting.push(forward);
    } else {
      forward();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        stall: (path) => stalled.add(path),
        release() {
          stalled.clear();
          const held = waiting;
          waiting = [];
          for (const forward of held) forward();
        },
        held: () => heldCount,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
