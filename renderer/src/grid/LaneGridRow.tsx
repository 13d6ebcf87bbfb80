import type { KeyboardEvent } from 'react';
import type { LaneRow } from '../filters/visible-rows';

type Props = {
  row: LaneRow;
  height: number;
  /** aria-rowindex: the row's place in the whole list, header included. */
  index: number;
  /** Every other row is shaded, counted over the whole list. */
  striped: boolean;
  selected: boolean;
  dimmed: boolean;
  spotlit: boolean;
  onToggle: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
};

/** A swimlane header: one lead unit, how many tasks it leads here and how many are late. */
export function LaneGridRow({ row, height, index, striped, dimmed, spotlit, onToggle, onKeyDown }: Props) {
  const name = row.unit?.name ?? 'Chưa xác định đơn vị chủ trì';
  const classes = [
    'task-grid-row',
    'is-lane',
    striped && 'is-striped',
    dimmed && 'is-dimmed',
    spotlit && 'is-spotlit',
  ].filter(Boolean);
  return (
    <div
      role="row"
      tabIndex={0}
      aria-rowindex={index}
      aria-level={1}
      aria-expanded={!row.collapsed}
      className={classes.join(' ')}
      style={{ height }}
      data-testid="lane-row"
      data-key={row.key}
      data-unit-id={row.unit?.id ?? ''}
      onClick={onToggle}
      onKeyDown={onKeyDown}
    >
      <div role="gridcell" className="lane-cell">
        <span className="row-toggle" aria-hidden="true">
          {row.collapsed ? '▸' : '▾'}
        </span>
        <span
          className={`unit-swatch${row.unit ? '' : ' is-no-lead'}`}
          style={row.unit ? { backgroundColor: row.unit.color } : undefined}
          aria-hidden="true"
        />
        <span className="lane-name cell-text" title={name}>
          {name}
        </span>
        <span className="lane-meta">
          {row.taskCount} nhiệm vụ chủ trì
          {row.lateCount > 0 && <span className="lane-late"> · {row.lateCount} quá hạn</span>}
        </span>
      </div>
    </div>
  );
}
