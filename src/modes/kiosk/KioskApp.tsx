import { VisitorApp } from '../visitor/VisitorApp.tsx';

// Kiosk mode is built in its own issue; until then /kiosk shows the visitor app.
export function KioskApp() {
  return <VisitorApp />;
}
