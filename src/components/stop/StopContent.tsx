import type { Language, Stop } from '../../content/types.ts';
import { StopBody } from './StopBody.tsx';
import { StopFacts } from './StopFacts.tsx';
import { StopFigure } from './StopFigure.tsx';
import './StopContent.css';

/** A stop as a visitor reads it on the phone: the text and its figures, the key facts beside. */
export function StopContent({ stop, lang }: { stop: Stop; lang: Language }) {
  return (
    <div class="stop-content">
      <div class="stop-content__body">
        <StopBody html={stop.body[lang]} lang={lang} />
        {stop.images.map((image) => (
          <StopFigure key={image.src[lang]} image={image} lang={lang} size="page" />
        ))}
      </div>
      <StopFacts stop={stop} lang={lang} size="page" />
    </div>
  );
}
