// The studio's entry (studio.html, built into dist/studio/): a separate app for staff. Nothing of
// it is in the visitor app's JS or its service worker's precache.
import { render } from 'preact';
import '../styles/base.css';
import { StudioApp } from './StudioApp.tsx';
import './studio.css';

const root = document.getElementById('studio');
if (root) render(<StudioApp />, root);
