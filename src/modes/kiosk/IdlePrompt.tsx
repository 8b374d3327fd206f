import { useEffect, useState } from 'preact/hooks';
import { useModal } from '../../components/use-modal.ts';
import { language, otherLanguage, translator } from '../../i18n/index.ts';
import type { IdleController } from './idle-controller.ts';
import { secondsLeft } from './idle-machine.ts';
import './IdlePrompt.css';

/**
 * "Are you still there? · 您还在吗？" with a visible countdown. Any touch or key anywhere dismisses
 * it (the idle controller sees the input); the button is there for those who look for one.
 */
export function IdlePrompt({ idle }: { idle: IdleController }) {
  const open = idle.phase.value === 'prompting';
  const dialog = useModal(open);
  const [seconds, setSeconds] = useState(0);

  useEffect(() => {
    if (!open) return;
    const update = () => setSeconds(secondsLeft(idle.state(), performance.now()));
    update();
    const timer = setInterval(update, 200);
    return () => clearInterval(timer);
  }, [open, idle]);

  const first = language.value;
  const second = otherLanguage(first);
  return (
    <dialog
      ref={dialog}
      class="idle-prompt"
      aria-labelledby="idle-prompt-title"
      aria-describedby="idle-prompt-countdown"
      // Escape is a key press: the controller already counts it as "still here".
      onCancel={(event) => event.preventDefault()}
    >
      {open && (
        <div class="idle-prompt__card">
          <h2 id="idle-prompt-title" class="idle-prompt__title">
            <span lang={first}>{translator(first)('kiosk:stillThere')}</span>
            <span lang={second} class="idle-prompt__second">
              {translator(second)('kiosk:stillThere')}
            </span>
          </h2>
          <p class="idle-prompt__seconds" aria-hidden="true">
            {seconds}
          </p>
          <p id="idle-prompt-countdown" class="idle-prompt__text">
            <span lang={first}>{translator(first)('kiosk:returningIn', { count: seconds })}</span>
            <span lang={second} class="idle-prompt__second">
              {translator(second)('kiosk:returningIn', { count: seconds })}
            </span>
          </p>
          <button type="button" class="kiosk-button kiosk-button--primary idle-prompt__button">
            <span lang={first}>{translator(first)('kiosk:stillHere')}</span>
            <span aria-hidden="true"> · </span>
            <span lang={second}>{translator(second)('kiosk:stillHere')}</span>
          </button>
        </div>
      )}
    </dialog>
  );
}
