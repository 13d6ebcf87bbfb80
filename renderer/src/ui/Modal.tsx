/**
 * A modal window on the native <dialog>: focus kept inside, Esc closes it, the page behind inert.
 * The footer holds the buttons; the body scrolls when the window is short.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import './ui.css';

type Props = {
  title: string;
  onClose: () => void;
  /** The buttons; without them, a window to look at only gets its "Đóng". */
  footer?: ReactNode;
  children: ReactNode;
  testId: string;
  wide?: boolean;
  /** Nearly the whole window: a table to read and correct (the import preview). */
  full?: boolean;
};

export function Modal({ title, onClose, footer, children, testId, wide, full }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' is-wide' : ''}${full ? ' is-preview' : ''}`}
      data-testid={testId}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="modal-header">
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label="Đóng" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="modal-body">{children}</div>
      <footer className="modal-footer">
        {footer ?? (
          <button type="button" className="button" onClick={onClose}>
            Đóng
          </button>
        )}
      </footer>
    </dialog>
  );
}

/** The error or the outcome of the last command, read out by screen readers. */
export function TaskMessages({ error, notice }: { error: string | null; notice: string | null }) {
  return (
    <>
      {error && (
        <p className="modal-error" role="alert" data-testid="file-error">
          {error}
        </p>
      )}
      {notice && (
        <p className="modal-notice" role="status" data-testid="file-notice">
          {notice}
        </p>
      )}
    </>
  );
}

type ModalAction = { label: ReactNode; testId: string; onClick: () => void; disabled?: boolean };

/**
 * The usual footer: a button that leaves without acting, then the window's one action.
 * `children` come first, left of both buttons.
 */
export function ModalActions({
  onClose,
  closeLabel = 'Đóng',
  action,
  children,
}: {
  onClose: () => void;
  closeLabel?: string;
  action: ModalAction;
  children?: ReactNode;
}) {
  return (
    <>
      {children}
      <button type="button" className="button" onClick={onClose}>
        {closeLabel}
      </button>
      <button
        type="button"
        className="button primary"
        disabled={action.disabled}
        onClick={action.onClick}
        data-testid={action.testId}
      >
        {action.label}
      </button>
    </>
  );
}
