// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type FigureSize, StopFigure } from '../../../../src/components/stop/StopFigure.tsx';
import type { StopImage } from '../../../../src/content/types.ts';
import { EN, ZH_CN } from '../../../support/languages.ts';

afterEach(cleanup);

/** A photo as the build describes it (pipeline/vite-plugin-content.ts): two WebP sizes. */
const photo: StopImage = {
  src: { 'zh-CN': '/assets/lab-1280.webp', en: '/assets/lab-1280.webp' },
  srcset: {
    'zh-CN': '/assets/lab-640.webp 640w, /assets/lab-1280.webp 1280w',
    en: '/assets/lab-640.webp 640w, /assets/lab-1280.webp 1280w',
  },
  width: 1280,
  height: 853,
  alt: { 'zh-CN': '检测实验室', en: 'The testing laboratory' },
  caption: { 'zh-CN': '全自动检测线', en: 'The automated testing line' },
  credit: { 'zh-CN': '上海市血液中心', en: 'Shanghai Blood Center' },
  diagram: false,
};
const diagram: StopImage = { ...photo, srcset: { 'zh-CN': '', en: '' }, diagram: true };
const SIZES: FigureSize[] = ['page', 'kiosk', 'preview', 'screen'];

describe('StopFigure', () => {
  for (const size of SIZES) {
    it(`gives the browser the photo's sizes, its alt text, caption and credit (${size})`, () => {
      const { container } = render(<StopFigure image={photo} lang={EN} size={size} />);
      const figure = container.querySelector('figure')!;
      const img = figure.querySelector('img')!;
      expect(figure.getAttribute('lang')).toBe('en');
      expect(figure.classList.contains(`stop-figure--${size}`)).toBe(true);
      expect(img.getAttribute('srcset')).toBe(photo.srcset?.en);
      expect(img.getAttribute('sizes')).toMatch(/\d+(vw|rem)/);
      expect(img.getAttribute('alt')).toBe('The testing laboratory');
      expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1280', '853']);
      expect(figure.querySelector('figcaption')!.textContent).toBe(
        'The automated testing lineCredit: Shanghai Blood Center',
      );
    });
  }

  it('shows a diagram in the chosen language as one file, without sizes', () => {
    const { container } = render(<StopFigure image={diagram} lang={ZH_CN} size="screen" />);
    const img = container.querySelector('img')!;
    expect(img.hasAttribute('srcset')).toBe(false);
    expect(img.hasAttribute('sizes')).toBe(false);
    expect(img.getAttribute('alt')).toBe('检测实验室');
    expect(container.querySelector('figure')!.classList.contains('stop-figure--diagram')).toBe(
      true,
    );
  });

  it('loads lazily only in the visitor text, where it is below the fold', () => {
    const loading = (size: FigureSize) =>
      render(<StopFigure image={photo} lang={EN} size={size} />)
        .container.querySelector('img')!
        .getAttribute('loading');
    expect(SIZES.map(loading)).toEqual(['lazy', null, null, null]);
  });
});
