import { staffPinHash } from 'virtual:content/kiosk-lock';
import { useEffect, useState } from 'preact/hooks';
import { useModal } from '../../components/use-modal.ts';
import { language, translator } from '../../i18n/index.ts';
import {
  afterWrongPin,
  formatWait,
  loadPinLock,
  NO_LOCK,
  type PinLock,
  remainingWait,
  savePinLock,
} from './pin-lock.ts';
import { verifyPin } from './staff-pin.ts';
import { staffView } from './visit.ts';
import './PinDialog.css';

/** Staff PINs have 4 to 12 digits (as `npm run pin` accepts them). */
const PIN_MIN_DIGITS = 4;
const PIN_MAX_DIGITS = 12;

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'ok'] as const;

/** The staff PIN pad (on-screen digits: the kiosk has no keyboard; a keyboard works too). */
export function PinDialog() {
  const open = staffView.value === 'pin';
  const dialog = useModal(open);
  const close = () => {
    if (staffView.value === 'pin') staffView.value = 'closed';
  };
  return (
    <dialog
      ref={dialog}
      class="kiosk-dialog pin-dialog"
      aria-labelledby="pin-dialog-title"
      onClose={close}
    >
      {open && <PinForm onCancel={close} />}
    </dialog>
  );
}

/** What the status line says; a wait is said once, as it was when it began. */
interface Message {
  key: 'kiosk:pinWrong' | 'kiosk:pinLocked' | 'kiosk:pinUnlocked' | 'kiosk:pinShort' | '';
  time?: string;
}

function lockedMessage(lock: PinLock): Message | undefined {
  const wait = remainingWait(lock, Date.now());
  return wait > 0 ? { key: 'kiosk:pinLocked', time: formatWait(wait) } : undefined;
}

/**
 * Ticks every second while the keypad waits; the timer goes when the wait (or the form) does.
 * The wait is read from the clock at each render, never from a time kept in state: a render
 * that follows a new lock (after a slow PIN check) must not count from the last tick.
 */
function useWait(lock: PinLock): number {
  const [, tick] = useState(0);
  const wait = remainingWait(lock, Date.now());
  const waiting = wait > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [lock, waiting]);
  return wait;
}

function PinForm({ onCancel }: { onCancel: () => void }) {
  const t = translator(language.value);
  const [pin, setPin] = useState('');
  // The lock is stored, so a reload (or reopening the pad) keeps the wait.
  const [lock, setLock] = useState(loadPinLock);
  const [message, setMessage] = useState<Message>(() => lockedMessage(lock) ?? { key: '' });
  const [checking, setChecking] = useState(false);
  const wait = useWait(lock);

  useEffect(() => {
    if (wait === 0 && message.key === 'kiosk:pinLocked') setMessage({ key: 'kiosk:pinUnlocked' });
  }, [wait, message]);

  const check = async () => {
    if (checking) return;
    if (wait > 0) {
      setPin('');
      return;
    }
    if (pin.length < PIN_MIN_DIGITS) {
      setMessage({ key: 'kiosk:pinShort' });
      return;
    }
    setChecking(true);
    const ok = await verifyPin(pin, staffPinHash).catch(() => false);
    setChecking(false);
    setPin('');
    if (ok) {
      savePinLock(NO_LOCK);
      staffView.value = 'panel';
      return;
    }
    // From storage, not from this form: another tab or an earlier page may have counted too.
    const next = afterWrongPin(loadPinLock(), Date.now());
    savePinLock(next);
    setLock(next);
    setMessage(lockedMessage(next) ?? { key: 'kiosk:pinWrong' });
  };

  const press = (key: (typeof KEYS)[number]) => {
    if (key === 'ok') void check();
    else if (key === 'clear') setPin('');
    else if (pin.length < PIN_MAX_DIGITS) setPin(pin + key);
  };

  const locked = wait > 0;
  const text = message.key
    ? t(message.key, { time: message.time, min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS })
    : '';

  return (
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
        maxLength={PIN_MAX_DIGITS}
        value={pin}
        onInput={(event) =>
          setPin(event.currentTarget.value.replace(/\D/g, '').slice(0, PIN_MAX_DIGITS))
        }
      />
      <p class="pin-dialog__message" role="status">
        {text}
      </p>
      {/* role="timer" is not announced as it ticks; the status above says the wait once. */}
      <p class="pin-dialog__wait" role="timer" hidden={!locked}>
        {locked && t('kiosk:pinWait', { time: formatWait(wait) })}
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
        onClick={onCancel}
      >
        {t('kiosk:cancel')}
      </button>
    </form>
  );
}
