/**
 * A modal window on the native <dialog>: focus kept inside, Esc closes it, the page behind inert.
 * The footer holds the buttons; the body scrolls when the window is short.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import './files.css';

type Props = {
  title: string;
  onClose: () => void;
  footer: ReactNode;
  children: ReactNode;
  testId: string;
  wide?: boolean;
};

export function Modal({ title, onClose, footer, children, testId, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' is-wide' : ''}`}
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
      <footer className="modal-footer">{footer}</footer>
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
