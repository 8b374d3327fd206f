import { render } from 'preact';
import { App } from './app.tsx';
import { initLanguage } from './i18n/index.ts';
import { startServiceWorker } from './pwa/start.ts';
import './styles/base.css';
import 'virtual:web-font.css';

initLanguage();
const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
  // public/boot-check.js shows a "browser too old" message unless the app says it started.
  document.documentElement.dataset.app = 'ready';
}
startServiceWorker();
