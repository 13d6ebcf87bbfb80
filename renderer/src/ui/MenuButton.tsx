/** A header button that opens a short list of commands; closes on a choice, Esc or a click elsewhere. */
import { useEffect, useId, useRef, useState } from 'react';
import './ui.css';

export type MenuItem = { label: string; testId: string; onSelect: () => void } | 'separator';

type Props = {
  label: string;
  testId: string;
  items: readonly MenuItem[];
  disabled?: boolean;
  /** Light toolbars use the ordinary button look; the header's dark one is the default. */
  light?: boolean;
};

export function MenuButton({ label, testId, items, disabled, light }: Props) {
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !anchor.current?.contains(event.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  return (
    <div className="menu-anchor" ref={anchor}>
      <button
        type="button"
        className={light ? 'button' : 'button on-dark'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={id}
        disabled={disabled}
        data-testid={testId}
        onClick={() => setOpen(!open)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul className="menu-list" role="menu" id={id}>
          {items.map((item, index) =>
            item === 'separator' ? (
              <li key={`s${index}`} className="menu-separator" role="separator" />
            ) : (
              <li key={item.testId} role="none">
                <button
                  type="button"
                  role="menuitem"
                  data-testid={item.testId}
                  onClick={() => {
                    setOpen(false);
                    item.onSelect();
                  }}
                >
                  {item.label}
                </button>
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}
