import { VisitorApp } from '../visitor/VisitorApp.tsx';

// Guide mode is built in its own issue; until then /guide shows the visitor app.
export function GuideApp() {
  return <VisitorApp />;
}
