// Every limit the tour server puts on a request, in one place, each with why. Past a limit the
// client gets a short error (400, 408, 413, 414, 431) and the server goes on serving.

export const LIMITS = {
  /** Longest request target (path and query), as nginx's default 8 KB header buffer: 414 beyond. */
  maxUrlLength: 8 * 1024,
  /** The request line and all headers together (Node's default, made explicit): 431 beyond. */
  maxHeaderSize: 16 * 1024,
  /** Request bodies: static files take none, and a small JSON API fits: 413 beyond. */
  bodyLimit: 16 * 1024,
  /** Time to send the request line and headers (a slow-loris client is cut off): 408 after. */
  headersTimeout: 10_000,
  /** Time to send the whole request. */
  requestTimeout: 30_000,
  /** How often Node checks those two timeouts (its default, 30 s, would let them run late). */
  connectionsCheckingInterval: 2_000,
  /**
   * An idle keep-alive connection is closed after this: longer than nginx's 60 s upstream
   * keepalive, so a proxy never reuses a socket the server is closing (Fastify's default).
   */
  keepAliveTimeout: 72_000,
  /**
   * On shutdown, requests in progress get this long to finish; then every connection is closed
   * (a client that stops reading its answer must not hold the server up).
   */
  shutdownGraceMs: 5_000,
  /** Longest route parameter (find-my-way's default, made explicit). */
  maxParamLength: 100,
} as const;
