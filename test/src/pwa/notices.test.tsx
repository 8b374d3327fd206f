// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../src/i18n/index.ts';
import en from '../../../src/i18n/locales/pwa.en.json';
import zhCN from '../../../src/i18n/locales/pwa.zh-CN.json';
import { online } from '../../../src/pwa/network-status.ts';
import { OfflineIndicator } from '../../../src/pwa/OfflineIndicator.tsx';
import { UpdateBanner } from '../../../src/pwa/UpdateBanner.tsx';
import { connectUpdateActions, updateMode, updateWaiting } from '../../../src/pwa/update-state.ts';
import { EN, ZH_CN } from '../../support/languages.ts';

afterEach(() => {
  cleanup();
  updateMode.value = 'visitor';
  updateWaiting.value = false;
  online.value = true;
});

describe('UpdateBanner', () => {
  it('appears in visitor mode when an update waits and applies it only on Update', async () => {
    setLanguage(EN);
    const apply = vi.fn(async () => {});
    connectUpdateActions({ apply, check: async () => {} });
    render(<UpdateBanner />);
    expect(screen.queryByText(en.updateAvailable)).toBeNull();

    act(() => {
      updateWaiting.value = true;
    });
    expect(screen.getByText(en.updateAvailable)).toBeTruthy();
    expect(apply).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: en.update }));
    });
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('hides on Later without applying, and never shows in kiosk or guide mode', () => {
    setLanguage(ZH_CN);
    const apply = vi.fn(async () => {});
    connectUpdateActions({ apply, check: async () => {} });
    updateWaiting.value = true;
    render(<UpdateBanner />);
    fireEvent.click(screen.getByRole('button', { name: zhCN.later }));
    expect(screen.queryByText(zhCN.updateAvailable)).toBeNull();
    cleanup();

    for (const mode of ['kiosk', 'guide'] as const) {
      updateMode.value = mode;
      render(<UpdateBanner />);
      expect(screen.queryByText(zhCN.updateAvailable), mode).toBeNull();
      cleanup();
    }
    expect(apply).not.toHaveBeenCalled();
  });
});

describe('OfflineIndicator', () => {
  it('says so, in the current language, only while offline', () => {
    setLanguage(ZH_CN);
    render(<OfflineIndicator />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    act(() => {
      online.value = false;
    });
    expect(status.textContent).toBe(zhCN.offline);
    act(() => {
      online.value = true;
    });
    expect(status.textContent).toBe('');
  });
});
