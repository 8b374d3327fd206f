import { translator } from '../i18n/index.ts';
import { online } from './network-status.ts';
import './strings.ts';
import './OfflineIndicator.css';

/** A quiet line saying the device is offline and the tour still works (every mode can place it). */
export function OfflineIndicator() {
  const t = translator();
  return (
    // Always present, so screen readers announce the change when the network goes.
    <div class="offline-indicator" role="status">
      {!online.value && (
        <p class="offline-indicator__text">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
            <path
              fill="none"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
              d="M3 3l18 18M8.5 8.6A5 5 0 0 0 6 18h11m3.3-1.6A4 4 0 0 0 17 10h-.5A6 6 0 0 0 10.3 6"
            />
          </svg>
          {t('pwa:offline')}
        </p>
      )}
    </div>
  );
}
