// The HTTP security headers the built app is served with: one source for `npm start`, the browser
// tests, the bench and the nginx examples in docs/deploy/ (a test checks nginx sends exactly these,
// response by response).

/**
 * Strict Content Security Policy: every script, style, font and image comes from the app's own
 * origin; no inline script, no eval, no plugins, no framing. `data:` images are allowed because
 * browsers and Vite may use them for tiny icons; styles need no 'unsafe-inline' because Preact sets
 * style properties through the CSSOM, which CSP does not restrict.
 *
 * Only directives that Chromium, Firefox (104+) and WebKit (Safari 16+) all parse: an unknown one
 * is ignored and logged as a console error on every load (test/pipeline/security-headers.test.ts
 * holds the list). So no `manifest-src`: WebKit parses it only in builds with
 * ENABLE(APPLICATION_MANIFEST), and `default-src 'self'` already covers the manifest everywhere.
 * No Trusted Types (`require-trusted-types-for`, `trusted-types`) either: Firefox and the older
 * Safari we support do not know them, and the only HTML the app inserts is content Markdown made
 * safe at build time, so they would add console errors there, not protection.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The kiosk goes fullscreen and keeps the screen awake; nothing asks for the camera, microphone,
 * location or payment, so no page (nor anything injected) can.
 */
const PERMISSIONS_POLICY = [
  'fullscreen=(self)',
  'screen-wake-lock=(self)',
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
].join(', ');

/** The two that matter to every response: scripts and styles are checked against their type. */
export const SUBRESOURCE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Every security header, as sent with pages, the service worker, SVGs, data, errors and 404s. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  ...SUBRESOURCE_SECURITY_HEADERS,
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Files that can never become a document or a worker: the app's scripts and stylesheets, its
 * fonts, raster images. The policies above apply to documents and workers only, so on these they
 * were ~0.45 KB of headers per request for nothing: 9 of a stop page's 12 first requests on a
 * weak signal (issue 14). Not among them: SVGs (a document when opened on their own) and /sw.js
 * (a worker, governed by its own response's policy). docs/deploy/nginx*.conf say the same.
 */
const PLAIN_SUBRESOURCE =
  /^\/(?:assets\/[^/]+\.(?:js|css|woff2)|boot\.js|(?:[^/]+\/)*[^/]+\.(?:png|webp|jpe?g|ico))$/;

/** Whether an answer (`path` without its query, the status sent) is such a file's. */
export function isPlainSubresource(path: string, status: number): boolean {
  return status < 400 && PLAIN_SUBRESOURCE.test(path);
}

/** The security headers of one answer. */
export function securityHeadersFor(path: string, status: number): Readonly<Record<string, string>> {
  return isPlainSubresource(path, status) ? SUBRESOURCE_SECURITY_HEADERS : SECURITY_HEADERS;
}
