import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  /** A sentence under the title, announced with the dialog (aria-describedby). */
  description?: ReactNode;
  /** The accessible name of the ✕ button. */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal dialog on the native `<dialog>`: the browser keeps focus inside it, makes the page
 * behind inert and returns focus where it was on close. It opens with its first field focused. Escape and ✕ call `onClose`; the
 * parent removes the dialog from the tree to close it.
 */
export function ModalDialog({ title, description, closeLabel, onClose, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('input, select, textarea')?.focus();
    }
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={['modal-dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal-head">
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        <button type="button" className="modal-close" aria-label={closeLabel} onClick={onClose}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <path d="M3 3l8 8M11 3 3 11" />
          </svg>
        </button>
      </div>
      {description ? (
        <div id={descriptionId} className="modal-description">
          {description}
        </div>
      ) : null}
      {children}
    </dialog>
  );
}
