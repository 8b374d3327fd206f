// Keeps an unattended touch screen in the app: no context menu, no zoom, no text selection outside
// content, no dragging images away. The CSS side (touch-action, overscroll-behavior, user-select)
// is in KioskApp.css under `html.kiosk-mode`; the viewport meta is shared with the other modes.

/** Content a visitor may select (stop texts); everything else is interface. */
const SELECTABLE = '.prose, input, textarea';

/** Adds the guards; returns their removal. */
export function hardenKiosk(): () => void {
  const root = document.documentElement;
  root.classList.add('kiosk-mode');

  const prevent = (event: Event) => event.preventDefault();
  const outsideContent = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target?.closest(SELECTABLE)) event.preventDefault();
  };
  // Two fingers: a pinch. touch-action covers most browsers; this covers the rest.
  const onTouchMove = (event: TouchEvent) => {
    if (event.touches.length > 1) event.preventDefault();
  };
  // Ctrl + wheel (trackpad pinch) and Ctrl + plus/minus/zero zoom the page.
  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey) event.preventDefault();
  };
  const onKey = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && ['+', '-', '=', '0'].includes(event.key)) {
      event.preventDefault();
    }
  };

  const guards: [string, EventListener, AddEventListenerOptions][] = [
    ['contextmenu', prevent, { capture: true }],
    ['dragstart', prevent, { capture: true }],
    ['selectstart', outsideContent, { capture: true }],
    // Safari's pinch events.
    ['gesturestart', prevent, { capture: true }],
    ['gesturechange', prevent, { capture: true }],
    ['touchmove', onTouchMove as EventListener, { capture: true, passive: false }],
    ['wheel', onWheel as EventListener, { capture: true, passive: false }],
    ['keydown', onKey as EventListener, { capture: true }],
  ];
  for (const [type, listener, options] of guards)
    document.addEventListener(type, listener, options);
  return () => {
    for (const [type, listener, options] of guards) {
      document.removeEventListener(type, listener, options);
    }
    root.classList.remove('kiosk-mode');
  };
}
