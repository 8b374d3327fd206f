import type { Language, StopImage } from '../../content/types.ts';
import { translator } from '../../i18n/index.ts';
import './StopFigure.css';

/**
 * Where a figure is shown: in the visitor's text, on a kiosk page of its own, in the presenter's
 * preview of the audience screen, or on the wall screen.
 */
export type FigureSize = 'page' | 'kiosk' | 'preview' | 'screen';

/** How wide each view draws a figure, so the browser picks the right size of a photo. */
const SIZES: Record<FigureSize, string> = {
  page: '(min-width: 960px) 46rem, 100vw',
  kiosk: '(orientation: portrait) 100vw, 80vw',
  preview: '(min-width: 1024px) 60vw, 100vw',
  screen: '(orientation: portrait) 100vw, 45vw',
};

/** A stop's photo or diagram in one language, with its caption and credit. */
export function StopFigure({
  image,
  lang,
  size,
}: {
  image: StopImage;
  lang: Language;
  size: FigureSize;
}) {
  const t = translator(lang);
  // Photos have sizes (a `srcset`); an SVG diagram is one file that draws sharp at any size.
  const srcset = image.srcset?.[lang] || undefined;
  return (
    <figure
      lang={lang}
      class={`stop-figure stop-figure--${size}${image.diagram ? ' stop-figure--diagram' : ''}`}
    >
      <img
        src={image.src[lang]}
        srcSet={srcset}
        sizes={srcset && SIZES[size]}
        alt={image.alt[lang]}
        width={image.width}
        height={image.height}
        // In the visitor's text the figure is below the fold; the other views show it at once.
        loading={size === 'page' ? 'lazy' : undefined}
        decoding="async"
      />
      <figcaption>
        {image.caption && <span class="stop-figure__caption">{image.caption[lang]}</span>}
        <span class="stop-figure__credit">{t('credit', { credit: image.credit[lang] })}</span>
      </figcaption>
    </figure>
  );
}
