// Where a link may take a kiosk visitor: never out of the kiosk. Links into the visitor app are
// mapped to their kiosk twins; anything else (another site, mail, phone) is offered as a QR code.

export type LinkTarget =
  | { kind: 'kiosk'; path: string }
  | { kind: 'external'; url: string }
  /** A same-page anchor (`#…`) or no link at all: left to the browser. */
  | { kind: 'ignore' };

export function linkTarget(href: string | null, base: string): LinkTarget {
  if (href === null || href === '' || href.startsWith('#')) return { kind: 'ignore' };
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return { kind: 'ignore' };
  }
  if (url.origin !== new URL(base).origin) return { kind: 'external', url: url.href };
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (/^\/kiosk(\/|$)/.test(path)) return { kind: 'kiosk', path: path + url.search };
  if (/^\/(stops|tours)\/[^/]+$/.test(path) || path === '/glossary') {
    const tour = url.searchParams.get('tour');
    const query = tour ? `?tour=${encodeURIComponent(tour)}` : '';
    return { kind: 'kiosk', path: `/kiosk${path}${query}` };
  }
  // The rest of the app (home, guide mode) is not for kiosk visitors: the kiosk's own start page.
  return { kind: 'kiosk', path: '/kiosk/home' };
}
