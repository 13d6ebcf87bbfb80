/**
 * A modal window on the native <dialog>: focus kept inside, Esc closes it, the page behind inert.
 * The footer holds the buttons; the body scrolls when the window is short. A window holding unsaved
 * input (`dirty`) asks "Bỏ các thay đổi chưa lưu?" before Esc, ×, "Đóng" or a click outside discards it.
 */
import { type ReactNode, createContext, useContext, useEffect, useRef, useState } from 'react';
import './ui.css';

/** How buttons inside a window leave it: through the unsaved-input question when there is any. */
const RequestClose = createContext<(() => void) | null>(null);

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
  /** The window holds input not saved yet: leaving it asks first. */
  dirty?: boolean;
  className?: string;
};

export function Modal({
  title,
  onClose,
  footer,
  children,
  testId,
  wide,
  full,
  dirty = false,
  className,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const requestClose = () => (dirty ? setAsking(true) : onClose());
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' is-wide' : ''}${full ? ' is-preview' : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        // Esc on the question means "no, keep editing".
        if (asking) setAsking(false);
        else requestClose();
      }}
      onMouseDown={(event) => {
        // The dialog element itself only receives clicks on its backdrop (outside the box).
        if (event.target === ref.current) requestClose();
      }}
    >
      <RequestClose.Provider value={requestClose}>
        <header className="modal-header">
          <h2>{title}</h2>
          <button type="button" className="icon-button" aria-label="Đóng" onClick={requestClose}>
            ×
          </button>
        </header>
        <div className="modal-body">{children}</div>
        <footer className="modal-footer">
          {asking ? (
            <DiscardQuestion onDiscard={onClose} onKeep={() => setAsking(false)} />
          ) : (
            (footer ?? (
              <button type="button" className="button" onClick={requestClose}>
                Đóng
              </button>
            ))
          )}
        </footer>
      </RequestClose.Provider>
    </dialog>
  );
}

function DiscardQuestion({ onDiscard, onKeep }: { onDiscard: () => void; onKeep: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      className="discard-question"
      role="alertdialog"
      aria-label="Bỏ các thay đổi chưa lưu?"
      data-testid="discard-question"
    >
      <strong>Bỏ các thay đổi chưa lưu?</strong>
      <button ref={keep} type="button" className="button" data-testid="discard-keep" onClick={onKeep}>
        Tiếp tục sửa
      </button>
      <button type="button" className="button danger" data-testid="discard-confirm" onClick={onDiscard}>
        Bỏ thay đổi
      </button>
    </div>
  );
}

/** The close action of the window this is in (asking first when it holds unsaved input). */
export function useRequestClose(fallback: () => void): () => void {
  return useContext(RequestClose) ?? fallback;
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
  const close = useRequestClose(onClose);
  return (
    <>
      {children}
      <button type="button" className="button" onClick={close}>
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
