import { site } from '../../content/index.ts';
import type { Language } from '../../content/types.ts';
import { translator } from '../../i18n/index.ts';
import { QrImage } from './QrImage.tsx';
import { phoneUrl } from './qr-code.ts';

/** "Continue on your phone": the same page in the visitor app, in the kiosk's current language. */
export function PhoneQr({
  kind,
  id,
  lang,
}: {
  kind: 'stops' | 'tours';
  id: string;
  lang: Language;
}) {
  const t = translator(lang);
  const url = phoneUrl(site.publicBaseUrl, kind, id, lang);
  return (
    <aside class="phone-qr" aria-labelledby="phone-qr-title">
      <h2 id="phone-qr-title" class="phone-qr__title">
        {t('kiosk:continueOnPhone')}
      </h2>
      <p class="phone-qr__hint">{t('kiosk:scanHint')}</p>
      <QrImage url={url} alt={t('kiosk:qrAlt', { url })} size={200} />
    </aside>
  );
}
