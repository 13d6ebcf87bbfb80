/**
 * "Tình hình đến ngày": typed as dd/mm/yyyy whatever the computer's locale (a native date input
 * would follow Windows' settings), with the system calendar one click away.
 */
import { useId, useRef, useState } from 'react';
import { type IsoDate, isIsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';

type Props = {
  value: IsoDate;
  onChange: (date: IsoDate) => void;
  disabled?: boolean;
};

export function AsOfDateField({ value, onChange, disabled }: Props) {
  const id = useId();
  const pickerRef = useRef<HTMLInputElement>(null);
  // null: show the current value; a string: what the user is typing.
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);

  const commit = () => {
    if (draft === null) return;
    const parsed = parseDisplayDate(draft);
    if (parsed === null) {
      setInvalid(true);
      return;
    }
    setDraft(null);
    setInvalid(false);
    if (parsed !== value) onChange(parsed);
  };

  const openCalendar = () => {
    const picker = pickerRef.current;
    if (!picker) return;
    try {
      picker.showPicker();
    } catch {
      picker.focus();
    }
  };

  return (
    <div className="as-of-field">
      <label htmlFor={id} className="field-label">
        Tình hình đến ngày
      </label>
      <div className={`date-input${invalid ? ' is-invalid' : ''}`}>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="dd/mm/yyyy"
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          data-testid="as-of-date"
          disabled={disabled}
          value={draft ?? formatDisplayDate(value)}
          onChange={(event) => {
            setDraft(event.target.value);
            setInvalid(false);
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') {
              setDraft(null);
              setInvalid(false);
            }
          }}
        />
        <button
          type="button"
          className="calendar-button"
          aria-label="Chọn ngày trên lịch"
          title="Chọn ngày trên lịch"
          disabled={disabled}
          onClick={openCalendar}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" fill="none" />
          </svg>
        </button>
        <input
          ref={pickerRef}
          type="date"
          className="hidden-date-picker"
          tabIndex={-1}
          aria-hidden="true"
          value={value}
          onChange={(event) => {
            if (isIsoDate(event.target.value) && event.target.value !== value) onChange(event.target.value);
          }}
        />
      </div>
      {invalid && (
        <span id={`${id}-error`} className="field-error" role="alert">
          Ngày không hợp lệ — nhập theo dạng dd/mm/yyyy.
        </span>
      )}
    </div>
  );
}
