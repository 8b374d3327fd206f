import { useEffect, useRef } from 'preact/hooks';
import { Logo } from '../../components/Logo.tsx';
import { staffView } from './visit.ts';

/** How long staff hold the logo to open the PIN pad. */
const STAFF_HOLD_MS = 3000;

/**
 * The logo in the corner. Held for three seconds, it opens the staff PIN pad: a gesture visitors
 * do not stumble on and staff can do without a keyboard. A tap does nothing.
 */
export function StaffCorner() {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancel = () => clearTimeout(timer.current);
  useEffect(() => cancel, []);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a hidden staff gesture, not a visitor control
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click is only kept from the attract screen
    <div
      class="staff-corner"
      data-staff-corner=""
      onPointerDown={() => {
        cancel();
        timer.current = setTimeout(() => {
          staffView.value = 'pin';
        }, STAFF_HOLD_MS);
      }}
      onPointerUp={cancel}
      onPointerCancel={cancel}
      onPointerLeave={cancel}
      // On the attract screen a touch anywhere begins a visit: not this one.
      onClick={(event) => event.stopPropagation()}
    >
      <Logo size={56} />
    </div>
  );
}
