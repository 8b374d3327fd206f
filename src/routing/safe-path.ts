// The router decodes each path segment with decodeURIComponent, which throws on a malformed
// escape (`/stops/%ff`, `/guide/%E0%A4%A`) and would leave a blank page. A typed or damaged
// address is treated as text instead: every `%` that does not start a valid escape is itself
// escaped, so the segment decodes to what was typed and the page shows its friendly "not found".

/** `pathname` with every segment made decodable; unchanged when it already is. */
export function safePath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => (decoded(segment) === null ? segment.replace(/%/g, '%25') : segment))
    .join('/');
}

// The decoded text is returned, not just "it worked": a minifier drops a call whose result is
// unused, and with it the throw this function exists to catch.
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
