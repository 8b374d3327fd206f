import { staffPinHash } from 'virtual:content/kiosk-lock';
import { useState } from 'preact/hooks';
import { useModal } from '../../components/use-modal.ts';
import { language, translator } from '../../i18n/index.ts';
import { verifyPin } from './staff-pin.ts';
import { staffView } from './visit.ts';
import './PinDialog.css';

/** After this many wrong PINs in a row, the pad waits LOCK_MS before it checks again. */
const MAX_TRIES = 5;
const LOCK_MS = 30_000;
let wrongInARow = 0;
let lockedUntil = 0;

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'ok'] as const;

/** The staff PIN pad (on-screen digits: the kiosk has no keyboard; a keyboard works too). */
export function PinDialog() {
  const open = staffView.value === 'pin';
  const dialog = useModal(open);
  const t = translator(language.value);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState('');
  const [checking, setChecking] = useState(false);

  const close = () => {
    setPin('');
    setMessage('');
    if (staffView.value === 'pin') staffView.value = 'closed';
  };

  const check = async () => {
    if (checking || pin === '') return;
    if (Date.now() < lockedUntil) {
      setMessage(t('kiosk:pinLocked'));
      return;
    }
    setChecking(true);
    const ok = await verifyPin(pin, staffPinHash).catch(() => false);
    setChecking(false);
    setPin('');
    if (ok) {
      wrongInARow = 0;
      setMessage('');
      staffView.value = 'panel';
      return;
    }
    wrongInARow += 1;
    if (wrongInARow >= MAX_TRIES) {
      wrongInARow = 0;
      lockedUntil = Date.now() + LOCK_MS;
      setMessage(t('kiosk:pinLocked'));
    } else {
      setMessage(t('kiosk:pinWrong'));
    }
  };

  const press = (key: (typeof KEYS)[number]) => {
    if (key === 'ok') void check();
    else if (key === 'clear') setPin('');
    else if (pin.length < 12) setPin(pin + key);
  };

  return (
    <dialog
      ref={dialog}
      class="kiosk-dialog pin-dialog"
      aria-labelledby="pin-dialog-title"
      onClose={close}
    >
      {open && (
        <form
          class="kiosk-dialog__card pin-dialog__card"
          onSubmit={(event) => {
            event.preventDefault();
            void check();
          }}
        >
          <h2 id="pin-dialog-title" class="kiosk-dialog__title">
            {t('kiosk:staffTitle')}
          </h2>
          <label class="pin-dialog__label" for="staff-pin">
            {t('kiosk:pinLabel')}
          </label>
          <input
            id="staff-pin"
            class="pin-dialog__input"
            type="password"
            inputMode="none"
            autoComplete="off"
            maxLength={12}
            value={pin}
            onInput={(event) => setPin(event.currentTarget.value.replace(/\D/g, ''))}
          />
          <p class="pin-dialog__message" role="alert">
            {message}
          </p>
          <div class="pin-pad">
            {KEYS.map((key) => (
              <button
                key={key}
                type="button"
                class={`pin-pad__key${key === 'ok' ? ' pin-pad__key--ok' : ''}`}
                data-key={key}
                disabled={checking}
                onClick={() => press(key)}
              >
                {key === 'ok' ? t('kiosk:pinOk') : key === 'clear' ? t('kiosk:pinClear') : key}
              </button>
            ))}
          </div>
          <button
            type="button"
            class="kiosk-button kiosk-button--secondary kiosk-dialog__close"
            onClick={close}
          >
            {t('kiosk:cancel')}
          </button>
        </form>
      )}
    </dialog>
  );
}
