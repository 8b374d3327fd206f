// The client routes with no prerendered page: the kiosk, the guide and the live tour draw
// themselves on the device from the app shell (dist/app-shell.html). Any other address that the
// build did not prerender is unknown: a 404 with the prerendered "page not found".
// The ONE list, read by the router (src/app.tsx), the route preloader, the tour server
// (server/static/) and the service worker (src/sw/sw.ts); docs/deploy/nginx*.conf spell it as a
// `location` regex, which test/dist/nginx.test.ts checks against this list.
// No imports: this file is part of the initial JS.

/** The modes with a URL prefix of their own (`/kiosk…`, `/guide…`, `/live/<code>…`). */
export const APP_SHELL_MODES = ['kiosk', 'guide', 'live'] as const;

export type AppShellMode = (typeof APP_SHELL_MODES)[number];

/** The mode whose app shell answers `path` (`/kiosk`, `/guide/screen`, `/live/ABC123`), if any. */
export function appShellMode(path: string): AppShellMode | undefined {
  const first = /^\/([^/?#]*)/.exec(path)?.[1];
  return APP_SHELL_MODES.find((mode) => mode === first);
}
