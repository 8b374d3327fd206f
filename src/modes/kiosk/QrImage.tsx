import { useEffect, useState } from 'preact/hooks';
import { qrDataUrl } from './qr-code.ts';

/** A QR code for `url`, drawn on the device, with the address printed beneath it. */
export function QrImage({ url, alt, size = 240 }: { url: string; alt: string; size?: number }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let current = true;
    setSrc(undefined);
    qrDataUrl(url).then(
      (made) => current && setSrc(made),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [url]);
  return (
    <figure class="qr" data-url={url}>
      <div class="qr__code" style={{ width: `${size}px`, height: `${size}px` }}>
        {src && <img src={src} alt={alt} width={size} height={size} />}
      </div>
      <figcaption class="qr__url" lang="en">
        {url}
      </figcaption>
    </figure>
  );
}
