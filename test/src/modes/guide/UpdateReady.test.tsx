// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../../src/i18n/index.ts';
import { UpdateReady } from '../../../../src/modes/guide/UpdateReady.tsx';
import {
  connectUpdateActions,
  updateMode,
  updateWaiting,
} from '../../../../src/pwa/update-state.ts';
import { EN, ZH_CN } from '../../../support/languages.ts';

const apply = vi.fn(async () => undefined);

beforeEach(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
  apply.mockClear();
  connectUpdateActions({ apply, check: async () => undefined });
  setLanguage(EN, { remember: false });
  // The guide mode sets its update policy when it starts (GuideApp.tsx).
  updateMode.value = 'guide';
});
afterEach(() => {
  cleanup();
  updateWaiting.value = false;
  updateMode.value = 'visitor';
});

describe('UpdateReady (guide update policy)', () => {
  it('shows nothing while no update waits', () => {
    render(<UpdateReady duringTour={false} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('follows the one update rule: shown only where it says "indicator" (guide mode)', () => {
    updateWaiting.value = true;
    for (const mode of ['visitor', 'kiosk'] as const) {
      updateMode.value = mode;
      render(<UpdateReady duringTour={false} />);
      expect(screen.queryByRole('button'), mode).toBeNull();
      cleanup();
    }
    updateMode.value = 'guide';
    render(<UpdateReady duringTour={false} />);
    expect(screen.getByRole('button', { name: 'Update ready' })).toBeTruthy();
  });

  it('never applies an update on its own, only when the guide presses it', () => {
    render(<UpdateReady duringTour={false} />);
    expect(screen.queryByRole('button')).toBeNull();
    act(() => {
      updateWaiting.value = true;
    });
    const button = screen.getByRole('button', { name: 'Update ready' });
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(button);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('asks first during a tour, saying the tour is kept', () => {
    updateWaiting.value = true;
    setLanguage(ZH_CN, { remember: false });
    render(<UpdateReady duringTour />);
    fireEvent.click(screen.getByRole('button', { name: '有新版本' }));
    expect(apply).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain('当前路线、所在站点和计时都会保留');
    fireEvent.click(screen.getByRole('button', { name: '稍后' }));
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '有新版本' }));
    fireEvent.click(screen.getByRole('button', { name: '立即安装' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
