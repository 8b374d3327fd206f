// Starts the service worker bridge once the page has loaded and the browser is idle.
// WARNING: This module is part of the main bundle: the bridge itself (workbox-window) stays in
// its own chunk, loaded here with a dynamic import.

/** Registers the service worker after the first render (production builds only). */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
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
