import type { ReactNode } from 'react';
import { VIEW_MODE_NAMES, type ViewModeName } from '../timeline/view-modes';

type Props = {
  dateField: ReactNode;
  viewMode: ViewModeName;
  onViewMode: (mode: ViewModeName) => void;
  onToday: () => void;
  onPlanStart: () => void;
  busy: boolean;
};

/** The status date, zoom levels and the two jumps: to today, and back to where the plan begins. */
export function Toolbar({ dateField, viewMode, onViewMode, onToday, onPlanStart, busy }: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Thanh công cụ biểu đồ">
      {dateField}
      {busy && (
        <span className="busy-note" role="status" data-testid="refreshing">
          <span className="spinner small" aria-hidden="true" /> Đang cập nhật…
        </span>
      )}
      <div className="toolbar-spacer" />
      <div className="segmented" role="group" aria-label="Thang thời gian">
        {VIEW_MODE_NAMES.map((mode) => (
          <button
            key={mode}
            type="button"
            aria-pressed={mode === viewMode}
            className={mode === viewMode ? 'is-active' : undefined}
            data-testid={`view-mode-${mode}`}
            onClick={() => onViewMode(mode)}
          >
            {mode}
          </button>
        ))}
      </div>
      <button type="button" className="button" data-testid="scroll-today" onClick={onToday}>
        Hôm nay
      </button>
      <button type="button" className="button" data-testid="scroll-plan-start" onClick={onPlanStart}>
        Đến đầu kế hoạch
      </button>
    </div>
  );
}
