import type { UnitRef } from '../../../shared/plan-view/plan-view-schema';

type Props = {
  spotlight: UnitRef | null;
  position: number | null;
  count: number;
  onStep: (delta: 1 | -1) => void;
  /** Filters stay in force while their controls are hidden; say so. */
  filterNote: string | null;
  /** "Vừa màn hình": the zoom that shows the whole plan, scrolled to its start. */
  onFit: () => void;
};

/** In meeting mode: which lead unit is being discussed, and how to move on. */
export function MeetingBar({ spotlight, position, count, onStep, filterNote, onFit }: Props) {
  return (
    <div className="meeting-bar" data-testid="meeting-bar" aria-live="polite">
      <button
        type="button"
        className="button"
        aria-label="Đơn vị trước"
        onClick={() => onStep(-1)}
        disabled={count === 0}
      >
        ←
      </button>
      <span className="meeting-unit">
        {spotlight ? (
          <>
            <span className="unit-swatch" style={{ backgroundColor: spotlight.color }} aria-hidden="true" />
            <strong data-testid="meeting-unit">{spotlight.name}</strong>
            <span className="muted">
              {' '}
              ({(position ?? 0) + 1}/{count})
            </span>
          </>
        ) : (
          <span className="muted">Tất cả đơn vị chủ trì</span>
        )}
      </span>
      <button
        type="button"
        className="button"
        aria-label="Đơn vị sau"
        onClick={() => onStep(1)}
        disabled={count === 0}
      >
        →
      </button>
      {filterNote && (
        <span className="meeting-filter-note" data-testid="meeting-filter-note">
          {filterNote}
        </span>
      )}
      <button type="button" className="button" data-testid="meeting-fit" onClick={onFit}>
        Vừa màn hình
      </button>
      <span className="meeting-hint">←/→ chuyển đơn vị · Esc thoát</span>
    </div>
  );
}
