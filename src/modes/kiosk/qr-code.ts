// QR codes made on the device (no network): "continue on your phone" and external links.
// Only the kiosk chunk imports this module, so phones never download the QR library.
import { toString as qrSvg } from 'qrcode';
import type { Language } from '../../content/types.ts';

/**
 * The visitor-app address of a stop or tour on a phone (`site.publicBaseUrl`: the address the build
 * resolved, as on the printed signs), in the kiosk's current language: the phone opens the page
 * the visitor is reading.
 */
export function phoneUrl(
  publicBaseUrl: string,
  kind: 'stops' | 'tours',
  id: string,
  lang: Language,
): string {
  return `${publicBaseUrl}/${kind}/${encodeURIComponent(id)}?lang=${lang}`;
}

/** A few dozen codes cover every page; the cap keeps a day of external links from piling up. */
const CACHE_LIMIT = 64;
const cache = new Map<string, Promise<string>>();

/** The QR code of `text` as an SVG `data:` URL, for an `<img>` (the CSP allows `img-src data:`). */
export function qrDataUrl(text: string): Promise<string> {
  let made = cache.get(text);
  if (made) {
    // Most recently used last: the oldest is evicted first.
    cache.delete(text);
    cache.set(text, made);
    return made;
  }
  made = qrSvg(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#14233aff', light: '#ffffffff' },
  }).then((svg) => `data:image/svg+xml,${encodeURIComponent(svg)}`);
  made.catch(() => cache.delete(text));
  cache.set(text, made);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return made;
}
