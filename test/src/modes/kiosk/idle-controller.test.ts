// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleController } from '../../../../src/modes/kiosk/idle-controller.ts';

const settings = { idleMs: 2000, countdownMs: 1000 };

describe('idle controller (the DOM wiring)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.textContent = '';
  });

  const setup = () => {
    const onReset = vi.fn();
    const idle = createIdleController({ settings, onReset, now: () => Date.now() });
    const stop = idle.start();
    return { idle, onReset, stop };
  };

  it('prompts, then resets once and returns to the attract screen', async () => {
    const { idle, onReset, stop } = setup();
    idle.begin();
    await vi.advanceTimersByTimeAsync(1999);
    expect(idle.phase.value).toBe('active');
    await vi.advanceTimersByTimeAsync(1);
    expect(idle.phase.value).toBe('prompting');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(idle.phase.value).toBe('attract');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onReset).toHaveBeenCalledTimes(1);
    stop();
  });

  it('treats touches, keys and pointer moves anywhere as presence', async () => {
    const { idle, onReset, stop } = setup();
    idle.begin();
    for (const type of ['pointerdown', 'keydown', 'pointermove', 'touchstart', 'wheel']) {
      await vi.advanceTimersByTimeAsync(1500);
      document.body.dispatchEvent(new Event(type, { bubbles: true }));
    }
    await vi.advanceTimersByTimeAsync(1500);
    expect(idle.phase.value).toBe('active');
    expect(onReset).not.toHaveBeenCalled();
    stop();
  });

  it('a touch during the countdown keeps the visit', async () => {
    const { idle, onReset, stop } = setup();
    idle.begin();
    await vi.advanceTimersByTimeAsync(2500);
    expect(idle.phase.value).toBe('prompting');
    window.dispatchEvent(new Event('pointerdown'));
    expect(idle.phase.value).toBe('active');
    await vi.advanceTimersByTimeAsync(1900);
    expect(idle.phase.value).toBe('active');
    expect(onReset).not.toHaveBeenCalled();
    stop();
  });

  it('pauses while a video plays', async () => {
    const { idle, onReset, stop } = setup();
    idle.begin();
    const video = document.createElement('video');
    document.body.append(video);
    Object.defineProperty(video, 'paused', { value: false, configurable: true });
    video.dispatchEvent(new Event('playing'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(idle.phase.value).toBe('active');
    Object.defineProperty(video, 'paused', { value: true, configurable: true });
    video.dispatchEvent(new Event('pause'));
    await vi.advanceTimersByTimeAsync(3000);
    expect(onReset).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops listening when stopped', async () => {
    const { idle, onReset, stop } = setup();
    idle.begin();
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onReset).not.toHaveBeenCalled();
  });
});
