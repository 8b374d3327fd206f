// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StopContent } from '../../../../src/components/stop/StopContent.tsx';
import type { Stop } from '../../../../src/content/types.ts';
import { EN, ZH_CN } from '../../../support/languages.ts';

afterEach(cleanup);

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const stop: Stop = {
  id: 'apheresis',
  title: text('单采血小板', 'Apheresis collection'),
  summary: text('简介', 'Summary'),
  location: { place: text('单采区', 'Apheresis area'), access: 'window' },
  body: text('<h2>概览</h2>', '<h2>Overview text</h2>'),
  depth: { body: text('<h2>深入</h2>', '<h2>In-depth text</h2>'), terms: [] },
  facts: [text('事实', 'A fact')],
  images: [],
  guide: { talkingPoints: [], pointOut: [], safety: [], questions: [] },
  sources: [{ title: 'A source' }],
  terms: [],
};

describe('StopContent', () => {
  it('offers Overview / In depth as two tabs over one panel, and shows the chosen text', () => {
    const onLayerChange = vi.fn();
    const { container, getByRole } = render(
      <StopContent stop={stop} lang={EN} layer="depth" onLayerChange={onLayerChange} />,
    );
    const tabs = [...container.querySelectorAll('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Overview', 'In depth']);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(getByRole('tablist').getAttribute('aria-label')).toBe('Overview or in depth');
    const panel = getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[1].id);
    expect(panel.textContent).toBe('In-depth text');
    // The key facts belong to both layers.
    expect(container.querySelector('.key-facts li')?.textContent).toBe('A fact');

    fireEvent.click(tabs[0]);
    expect(onLayerChange).toHaveBeenCalledWith('overview');
    fireEvent.keyDown(tabs[1], { key: 'ArrowRight' });
    expect(onLayerChange).toHaveBeenLastCalledWith('overview');
  });

  it('names the tabs in the page’s language', () => {
    const { container } = render(
      <StopContent stop={stop} lang={ZH_CN} layer="overview" onLayerChange={() => {}} />,
    );
    expect([...container.querySelectorAll('[role="tab"]')].map((t) => t.textContent)).toEqual([
      '概览',
      '深入了解',
    ]);
    expect(container.querySelector('[role="tabpanel"]')?.textContent).toBe('概览');
  });

  it('shows no tabs for a stop without an in-depth text, and its overview whatever was chosen', () => {
    const { container } = render(
      <StopContent
        stop={{ ...stop, depth: undefined }}
        lang={EN}
        layer="depth"
        onLayerChange={() => {}}
      />,
    );
    expect(container.querySelector('[role="tablist"], [role="tabpanel"]')).toBeNull();
    expect(container.querySelector('.prose')?.textContent).toBe('Overview text');
  });
});
