import { render } from 'preact';
import { App } from './app.tsx';
import { initLanguage } from './i18n/index.ts';
import { startServiceWorker } from './pwa/start.ts';
import { safePath } from './routing/safe-path.ts';
import './styles/base.css';
import 'virtual:web-font.css';

initLanguage();
// A damaged address must reach the router as text, never as an escape it cannot decode.
const path = safePath(location.pathname);
if (path !== location.pathname)
  history.replaceState(history.state, '', path + location.search + location.hash);
const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
  // public/boot-check.js shows a "browser too old" message unless the app says it started.
  document.documentElement.dataset.app = 'ready';
}
startServiceWorker();
