// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../src/i18n/index.ts';
import { NotFoundPage } from '../../../../src/modes/visitor/NotFoundPage.tsx';
import { EN, ZH_CN } from '../../../support/languages.ts';

afterEach(cleanup);

describe('NotFoundPage', () => {
  it('says so in the current language, repeats it in the other, and links home', () => {
    setLanguage(EN);
    render(<NotFoundPage stopId="old-sign" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
    expect(screen.getByText('There is no stop “old-sign” on this tour.')).toBeTruthy();
    const other = document.querySelector('.not-found__other');
    expect(other?.getAttribute('lang')).toBe('zh-CN');
    expect(other?.textContent).toContain('本导览中没有“old-sign”这个参观点。');
    expect(screen.getByRole('link').getAttribute('href')).toBe('/');
    expect(document.title).toContain('Page not found');
  });

  it('is in Chinese on a Chinese page', () => {
    setLanguage(ZH_CN);
    render(<NotFoundPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('未找到页面');
    expect(document.querySelector('.not-found__other')?.getAttribute('lang')).toBe('en');
  });
});
