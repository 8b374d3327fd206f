// Starts the service worker bridge once the page has loaded and the browser is idle.
// WARNING: This module is part of the main bundle: the bridge itself (workbox-window) stays in
// its own chunk, loaded here with a dynamic import.

/** Registers the service worker after the first render (built apps only, never the dev server). */
export function startServiceWorker(): void {
  // `import.meta.hot` exists only under the dev server. import.meta.env.PROD would also follow
  // NODE_ENV, and a build made with NODE_ENV=test (as inside Vitest) would ship without a worker.
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  const start = () => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
    idle(() => {
      import('./register.ts')
        .then(({ registerServiceWorker }) => registerServiceWorker())
        .catch((error: unknown) => {
          // Without a service worker the app still works online; say why for whoever debugs it.
          console.warn('Service worker registration failed', error);
        });
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
