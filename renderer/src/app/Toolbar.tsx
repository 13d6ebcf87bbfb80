import type { ReactNode } from 'react';
import { VIEW_MODE_NAMES, type ViewModeName } from '../timeline/view-modes';

type Props = {
  dateField: ReactNode;
  viewMode: ViewModeName;
  onViewMode: (mode: ViewModeName) => void;
  onToday: () => void;
  onPlanStart: () => void;
  busy: boolean;
  /** The editing tools (absent in meeting mode): in the same row, so the chart keeps the height. */
  tools?: ReactNode;
};

/**
 * One row: the status date, the editing tools, zoom levels and the two jumps (to today, and back to
 * where the plan begins). It never wraps: the date's explanation gives way first (whole on hover).
 */
export function Toolbar({ dateField, viewMode, onViewMode, onToday, onPlanStart, busy, tools }: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Thanh công cụ biểu đồ">
      {dateField}
      {busy && (
        <span className="busy-note" role="status" data-testid="refreshing">
          <span className="spinner small" aria-hidden="true" /> Đang cập nhật…
        </span>
      )}
      <div className="toolbar-spacer" />
      {tools}
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
      <button
        type="button"
        className="button"
        data-testid="scroll-plan-start"
        title="Cuộn về ngày bắt đầu kế hoạch"
        onClick={onPlanStart}
      >
        Đầu kế hoạch
      </button>
    </div>
  );
}
