// Names shared by the build (pipeline/prerender/), the app, the service worker and the tour server.
// No imports: the app's initial JS takes only these strings.

/** dist/prerendered.json: the routes prerendered, by language (prerendered-pages.ts). */
export const PRERENDERED_FILE = 'prerendered.json';

/** The app shell: the page of every route that is not prerendered (kiosk, guide, unknown paths). */
export const APP_SHELL_FILE = 'app-shell.html';

/**
 * The cookie the app writes when the visitor chooses a language, for the tour server to read.
 * An underscore, not a hyphen: nginx reads it as $cookie_sbc_lang (docs/deploy/nginx.conf).
 */
export const LANGUAGE_COOKIE = 'sbc_lang';

/** The service worker's copy of the choice (a worker cannot read cookies): a Cache Storage entry. */
export const LANGUAGE_CACHE = 'sbc-settings';
export const LANGUAGE_CACHE_KEY = '/__sbc/language';
