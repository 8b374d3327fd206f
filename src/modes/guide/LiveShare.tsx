import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLazyComponent } from '../../components/use-lazy-component.ts';
import { site } from '../../content/index.ts';
import { language, translator } from '../../i18n/index.ts';
import {
  dismissShareStatus,
  endSharing,
  resumeSharing,
  shareCode,
  shareFollowers,
  shareStatus,
  startSharing,
} from '../../live/presenter-link.ts';
import '../../live/strings.ts';
import { ConfirmDialog } from './GuideDialog.tsx';
import './LiveShare.css';

/** The follower page of a code, under the one public address the build resolved (as the signs). */
export function liveUrl(code: string): string {
  return `${site.publicBaseUrl}/live/${code}`;
}

interface QrProps {
  url: string;
  alt: string;
  size?: number;
}
// The kiosk's QR code (drawn on the device): its library loads only once a tour is shared.
const loadQr = () =>
  import('../kiosk/QrImage.tsx').then((module) => module.QrImage as FunctionComponent);

/** Large enough to scan from a few metres, leaving the stop in view below on a tablet. */
function qrSize(): number {
  // Beside the code and the buttons, in landscape and in portrait.
  const fit = Math.min(400, window.innerHeight * 0.45, window.innerWidth * 0.42);
  return Math.round(Math.max(200, fit));
}

/** Whether the code panel is shown (the guide hides it once the group has scanned). */
const panelShown = signal(true);

/** Whether the tablet holds a live share now (the room exists, connected or not). */
function sharing(): boolean {
  const status = shareStatus.value;
  return status === 'connecting' || status === 'live' || status === 'offline';
}

/** "Share live" in the presenter's bar; once shared, the live badge that hides or shows the code. */
export function LiveShareButton() {
  const t = translator(language.value);
  // A reload or an app update during a shared tour carries on with the same code.
  useEffect(() => resumeSharing(), []);
  const status = shareStatus.value;
  if (sharing()) {
    const count = shareFollowers.value;
    return (
      <button
        type="button"
        class={`live-toggle live-toggle--${status}`}
        aria-expanded={panelShown.value}
        aria-controls="live-share"
        onClick={() => {
          panelShown.value = !panelShown.value;
        }}
      >
        <span class="live-toggle__dot" aria-hidden="true" />
        {t('live:liveBadge')}
        <span class="live-toggle__count" aria-hidden="true">
          {count}
        </span>
        <span class="visually-hidden">{t('live:followers', { count })}</span>
      </button>
    );
  }
  return (
    <button
      type="button"
      class="button button--secondary live-start"
      disabled={status === 'checking'}
      onClick={() => {
        panelShown.value = true;
        void startSharing();
      }}
    >
      {status === 'checking' ? t('live:checking') : t('live:share')}
    </button>
  );
}

/**
 * Below the bar: the QR code, the code and the address for the group to scan from a few metres,
 * the followers, hide, end; or why live sharing is not possible here. Not a modal: the guide
 * keeps presenting (PageDown) with the code on screen.
 */
export function LiveSharePanel() {
  const t = translator(language.value);
  const [ending, setEnding] = useState(false);
  const status = shareStatus.value;
  const code = shareCode.value;
  const open = sharing() && code !== null && panelShown.value;
  const QrImage = useLazyComponent(loadQr, open) as FunctionComponent<QrProps> | null;
  let panel = null;
  if (open && code) {
    const url = liveUrl(code);
    panel = (
      <section id="live-share" class="live-share" aria-labelledby="live-share-title">
        <div class="live-share__qr">
          {QrImage && <QrImage url={url} alt={t('live:qrAlt', { url })} size={qrSize()} />}
        </div>
        <div class="live-share__info">
          <h2 id="live-share-title" class="live-share__title">
            {t('live:panelTitle')}
          </h2>
          <p class="live-share__hint">{t('live:scanHint')}</p>
          <p class="live-share__code">
            <span class="live-share__code-label">{t('live:codeLabel')}</span>{' '}
            <span class="live-share__code-value" lang="en">
              {code}
            </span>
          </p>
          <p class={`live-share__status live-share__status--${status}`} role="status">
            {status === 'live' && t('live:followers', { count: shareFollowers.value })}
            {status === 'connecting' && t('live:statusConnecting')}
            {status === 'offline' && t('live:statusOffline')}
          </p>
          <div class="live-share__actions">
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                panelShown.value = false;
              }}
            >
              {t('live:hide')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setEnding(true)}>
              {t('live:end')}
            </button>
          </div>
        </div>
      </section>
    );
  } else if (status === 'unavailable' || status === 'full' || status === 'failed') {
    panel = (
      <section
        class="live-share live-share--problem"
        role="alert"
        aria-labelledby="live-share-title"
      >
        <div class="live-share__info">
          <h2 id="live-share-title" class="live-share__title">
            {t(status === 'unavailable' ? 'live:unavailableTitle' : 'live:failedTitle')}
          </h2>
          <p class="live-share__problem">
            {status === 'unavailable' && t('live:unavailableText')}
            {status === 'full' && t('live:failedFull')}
            {status === 'failed' && t('live:failedOther')}
          </p>
          <div class="live-share__actions">
            {status !== 'unavailable' && (
              <button
                type="button"
                class="button button--primary"
                onClick={() => void startSharing()}
              >
                {t('live:tryAgain')}
              </button>
            )}
            <button type="button" class="button button--secondary" onClick={dismissShareStatus}>
              {t('close')}
            </button>
          </div>
        </div>
      </section>
    );
  }
  return (
    <>
      {panel}
      <ConfirmDialog
        id="live-end-dialog"
        open={ending}
        title={t('live:endTitle')}
        cancelLabel={t('live:endCancel')}
        confirmLabel={t('live:end')}
        onCancel={() => setEnding(false)}
        onConfirm={() => void endSharing()}
      >
        <p>{t('live:endText')}</p>
      </ConfirmDialog>
    </>
  );
}
