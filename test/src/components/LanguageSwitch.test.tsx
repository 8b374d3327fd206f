// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../../../src/components/LanguageSwitch.tsx';
import { language, setLanguage, translator } from '../../../src/i18n/index.ts';
import { EN, ZH_CN } from '../../support/languages.ts';

afterEach(cleanup);

describe('LanguageSwitch', () => {
  it('offers the other language by its own name and switches everything to it', () => {
    setLanguage(ZH_CN);
    render(<LanguageSwitch />);
    const button = screen.getByRole('button', { name: 'English' });
    expect(button.getAttribute('lang')).toBe('en');

    fireEvent.click(button);
    expect(language.value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('sbc-tour.language')).toBe('en');
    expect(translator()('glossary')).toBe('Glossary');
    expect(screen.getByRole('button', { name: '中文' }).getAttribute('lang')).toBe('zh-CN');
  });

  it('keeps ?lang= in the address in step with the choice', () => {
    setLanguage(EN);
    history.replaceState(null, '', '/stops/welcome?lang=en');
    render(<LanguageSwitch />);
    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(location.pathname + location.search).toBe('/stops/welcome?lang=zh-CN');
  });
});
