import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  SUBRESOURCE_SECURITY_HEADERS,
  securityHeadersFor,
} from '../../pipeline/security-headers.ts';

// A directive one engine does not know is ignored there and logged as a console error on every
// page load (WebKit: "Unrecognized Content-Security-Policy directive 'manifest-src'"). These are
// the directives Chromium, Firefox (104+) and WebKit (Safari 16+) all parse: WebKit's list is in
// Source/WebCore/page/csp/ContentSecurityPolicyDirectiveList.cpp (manifest-src only behind
// ENABLE(APPLICATION_MANIFEST), so not in every Safari); the others from MDN's compatibility data.
const DIRECTIVES_EVERY_ENGINE_KNOWS = new Set([
  'default-src',
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'worker-src',
  'frame-src',
  'child-src',
  'base-uri',
  'form-action',
  'frame-ancestors',
  'sandbox',
  'upgrade-insecure-requests',
]);

const directives = CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim().split(/\s+/));

describe('Content-Security-Policy', () => {
  it('uses only directives every supported engine knows (no console error anywhere)', () => {
    const unknown = directives
      .map(([name]) => name)
      .filter((name) => !DIRECTIVES_EVERY_ENGINE_KNOWS.has(name));
    expect(unknown).toEqual([]);
  });

  it('names each directive once, with at least one source', () => {
    const names = directives.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    for (const [name, ...sources] of directives) expect(sources.length, name).toBeGreaterThan(0);
  });

  it('stays as strict as before: own origin only, no inline or eval, no plugins, no framing', () => {
    const policy = Object.fromEntries(directives.map(([name, ...sources]) => [name, sources]));
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/);
  });
});

describe('the security headers of an answer', () => {
  const documentPolicies = Object.keys(SECURITY_HEADERS).filter(
    (name) => !(name in SUBRESOURCE_SECURITY_HEADERS),
  );

  it("leave the document policies off the app's scripts, styles, fonts and raster images", () => {
    for (const path of [
      '/assets/index-Abc123.js',
      '/assets/index-Abc123.css',
      '/assets/sbc-sans-400-Abc123.woff2',
      '/assets/photo-640-Abc123.webp',
      '/pwa-192x192.png',
      '/favicon.ico',
      '/boot.js',
    ]) {
      const headers = securityHeadersFor(path, 200);
      expect(headers, path).toEqual(SUBRESOURCE_SECURITY_HEADERS);
      for (const name of documentPolicies) expect(headers, path).not.toHaveProperty(name);
    }
    expect(SUBRESOURCE_SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('keep every one on pages, the worker, SVGs, data, other scripts and every error', () => {
    for (const [path, status] of [
      ['/', 200],
      ['/stops/welcome', 200],
      ['/sw.js', 200],
      ['/favicon.svg', 200],
      ['/assets/donor-journey.en-Abc123.svg', 200],
      ['/version.json', 200],
      ['/manifest.webmanifest', 200],
      ['/api/health', 200],
      ['/registerSW.js', 200],
      ['/assets/nested/x.js', 200],
      ['/assets/../sw.js', 200],
      ['/assets/missing-0000.js', 404],
      ['/assets/index-Abc123.js', 500],
    ] as const) {
      expect(securityHeadersFor(path, status), `${path} ${status}`).toEqual(SECURITY_HEADERS);
    }
  });
});
