/**
 * The address printed on the QR signs: `PUBLIC_BASE_URL` when set at build time (a test server, a
 * second site), else `publicBaseUrl` from content/site.yaml. No trailing slash.
 */
export function resolvePublicBaseUrl(
  fromSite: string,
  override = process.env.PUBLIC_BASE_URL,
): string {
  const chosen = override?.trim() || fromSite;
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(chosen)) {
    throw new Error(
      `PUBLIC_BASE_URL "${chosen}" is not a web address: use e.g. https://tour.example.org`,
    );
  }
  return chosen.replace(/\/+$/, '');
}
