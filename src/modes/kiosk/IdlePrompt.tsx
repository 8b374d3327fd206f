import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useModal } from '../../components/use-modal.ts';
import { language, translator } from '../../i18n/index.ts';
import { otherLanguages } from '../../i18n/languages.ts';
import type { IdleController } from './idle-controller.ts';
import { secondsLeft } from './idle-machine.ts';
import './IdlePrompt.css';

/**
 * "Are you still there?" in the visitor's language, then in the others, with a visible countdown.
 * Any touch or key anywhere dismisses it (the idle controller sees the input); the button is
 * there for those who look for one.
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
  const others = otherLanguages(first);
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
            {others.map((other) => (
              <span key={other} lang={other} class="idle-prompt__second">
                {translator(other)('kiosk:stillThere')}
              </span>
            ))}
          </h2>
          <p class="idle-prompt__seconds" aria-hidden="true">
            {seconds}
          </p>
          <p id="idle-prompt-countdown" class="idle-prompt__text">
            <span lang={first}>{translator(first)('kiosk:returningIn', { count: seconds })}</span>
            {others.map((other) => (
              <span key={other} lang={other} class="idle-prompt__second">
                {translator(other)('kiosk:returningIn', { count: seconds })}
              </span>
            ))}
          </p>
          <button type="button" class="kiosk-button kiosk-button--primary idle-prompt__button">
            <span lang={first}>{translator(first)('kiosk:stillHere')}</span>
            {others.map((other) => (
              <Fragment key={other}>
                <span aria-hidden="true"> · </span>
                <span lang={other}>{translator(other)('kiosk:stillHere')}</span>
              </Fragment>
            ))}
          </button>
        </div>
      )}
    </dialog>
  );
}
