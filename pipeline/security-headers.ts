// The HTTP security headers the built app is served with: one source for `npm start`, the browser
// tests, the bench and the nginx example in docs/deploy/ (a test checks nginx sends exactly these).

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

/** Every security header, as sent on every response (pages, assets and 404s alike). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
};
