import type { ComponentChildren } from 'preact';
import { useModal } from '../../components/use-modal.ts';
import './GuideDialog.css';

/** A modal dialog (native <dialog>: focus trap, Escape, inert page) shown while `open`. */
export function GuideDialog({
  open,
  onClose,
  title,
  id,
  children,
  class: className = '',
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  /** Unique on the page: the dialog's id, and its heading's (`<id>-title`) that names it. */
  id: string;
  children: ComponentChildren;
  class?: string;
}) {
  const dialog = useModal(open);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboards close a dialog with Escape (native)
    <dialog
      ref={dialog}
      id={id}
      class={`guide-dialog ${className}`}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onClick={(event) => {
        // A tap on the backdrop (outside the card) closes it.
        if (event.target === dialog.current) onClose();
      }}
    >
      {open && (
        <div class="guide-dialog__card">
          <h2 id={`${id}-title`} class="guide-dialog__title">
            {title}
          </h2>
          {children}
        </div>
      )}
    </dialog>
  );
}

/** A yes/no question in a GuideDialog: "cancel" closes it, "confirm" closes it and acts. */
export function ConfirmDialog({
  id,
  open,
  title,
  children,
  cancelLabel,
  confirmLabel,
  onCancel,
  onConfirm,
}: {
  id: string;
  open: boolean;
  title: string;
  children: ComponentChildren;
  cancelLabel: string;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <GuideDialog id={id} open={open} onClose={onCancel} title={title}>
      {children}
      <div class="guide-dialog__actions">
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button
          type="button"
          class="button button--primary"
          onClick={() => {
            onCancel();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </GuideDialog>
  );
}
