// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StopBody, shiftHeadings, termsAsText } from '../../../../src/components/stop/StopBody.tsx';
import { openTermId } from '../../../../src/components/term-dialog-state.ts';
import { EN } from '../../../support/languages.ts';

afterEach(() => {
  cleanup();
  openTermId.value = null;
});

/** As the build writes a text (pipeline/content/markdown.ts): h2s, a term kept with its "." */
const HTML =
  '<h2>Citrate</h2><p>The <span class="no-break"><button type="button" class="term" data-term="plasma"><span class="term__label">plasma</span></button>.</span></p><h3>More</h3><p>And <button type="button" class="term" data-term="whole-blood">whole blood</button></p>';

describe('StopBody', () => {
  it('shows the text with tappable terms and the build’s headings by default', () => {
    const { container } = render(<StopBody html={HTML} lang={EN} />);
    expect(container.querySelector('.prose')?.getAttribute('lang')).toBe('en');
    expect([...container.querySelectorAll('h2, h3')].map((h) => h.tagName)).toEqual(['H2', 'H3']);
    container.querySelector<HTMLButtonElement>('button[data-term="whole-blood"]')!.click();
    expect(openTermId.value).toBe('whole-blood');
  });

  it('puts its headings under the view’s own (the handout: h5 under a stop’s h4)', () => {
    const { container } = render(<StopBody html={HTML} lang={EN} firstHeading={5} />);
    expect([...container.querySelectorAll('h5, h6')].map((h) => h.textContent)).toEqual([
      'Citrate',
      'More',
    ]);
    expect(container.querySelector('h2, h3')).toBeNull();
  });

  it('shows terms as marked text where nobody taps (the wall screen)', () => {
    const { container } = render(<StopBody html={HTML} lang={EN} tappableTerms={false} />);
    expect(container.querySelector('button')).toBeNull();
    expect([...container.querySelectorAll('.term')].map((t) => t.textContent)).toEqual([
      'plasma',
      'whole blood',
    ]);
    expect(container.textContent).toBe('CitrateThe plasma.MoreAnd whole blood');
  });
});

describe('shiftHeadings and termsAsText', () => {
  it('never go past h6, and leave other markup alone', () => {
    expect(shiftHeadings('<h2>a</h2><h5>b</h5><p>h2</p>', 3)).toBe('<h5>a</h5><h6>b</h6><p>h2</p>');
    expect(termsAsText('<p>x</p>')).toBe('<p>x</p>');
  });
});
