import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../pipeline/security-headers.ts';

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
