// Which file a request asks for. The path is decoded once and normalised as nginx does (dot
// segments resolved, repeated slashes merged), so `//stops/x` or `/a/../stops/x` reach the same
// page as on nginx; anything no file can be called is refused before it reaches the disk.

/**
 * The decoded, normalised path of a request target (`/stops/welcome`, `/assets/x.js`, `/`), or
 * null when it cannot name a file of the app: not a path, malformed percent-encoding (`/%ff`,
 * `/%E0%A4%A`), a byte outside printable ASCII, a NUL byte, a backslash or an encoded slash in a
 * segment, or `..` above the root.
 */
export function requestPath(url: string): string | null {
  const queryStart = url.indexOf('?');
  const raw = queryStart === -1 ? url : url.slice(0, queryStart);
  if (!raw.startsWith('/') || !/^[\x21-\x7e]*$/.test(raw)) return null;
  const parts = raw.split('/').slice(1);
  const segments: string[] = [];
  for (const part of parts) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (/[\0/\\]/.test(segment)) return null;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const trailingSlash = segments.length > 0 && parts.at(-1) === '';
  return `/${segments.join('/')}${trailingSlash ? '/' : ''}`;
}

/** A path whose last segment has an extension (`/assets/x.js`) names a file, not an app route. */
export function looksLikeFile(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return /\.[A-Za-z0-9]+$/.test(last);
}
