/**
 * The table left of the timeline, row for row with its bars: same header height, same row height,
 * scrolled together with the chart (the chart owns the vertical scroll position). Like the chart,
 * it draws only the rows of the row window; spacers keep the rest of the height.
 */
import { type KeyboardEvent, type MouseEvent, type Ref, memo } from 'react';
import type { VisibleRow } from '../filters/visible-rows';
import { type RowMetrics, headerHeight, rowHeight } from '../timeline/row-metrics';
import type { RowWindow } from '../timeline/row-window';
import { GRID_COLUMNS, GRID_MIN_WIDTH, GRID_TEMPLATE } from './grid-columns';
import { LaneGridRow } from './LaneGridRow';
import { TaskGridRow } from './TaskGridRow';

export type TaskGridProps = {
  rows: readonly VisibleRow[];
  rowWindow: RowWindow;
  metrics: RowMetrics;
  selected: string | null;
  highlighted: ReadonlySet<string> | null;
  onToggle: (key: string) => void;
  onOpen: (key: string, point: { x: number; y: number }) => void;
  onRecordProgress?: ((key: string) => void) | undefined;
  onWheel: (deltaY: number) => void;
  onScrollTop: (top: number) => void;
  ref?: Ref<HTMLDivElement>;
};

/** Extra room under the last row, so the grid can always follow the chart's scroll position. */
const BOTTOM_SPACE = 56;

function TaskGridImpl({
  rows,
  rowWindow,
  metrics,
  selected,
  highlighted,
  onToggle,
  onOpen,
  onRecordProgress,
  onWheel,
  onScrollTop,
  ref,
}: TaskGridProps) {
  const height = rowHeight(metrics);

  const openFrom = (key: string, element: HTMLElement, event?: MouseEvent) => {
    const rect = element.getBoundingClientRect();
    onOpen(
      key,
      event ? { x: event.clientX, y: event.clientY } : { x: rect.left + 320, y: rect.top + rect.height / 2 },
    );
  };

  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, row: VisibleRow) => {
    const expandable = row.kind === 'lane' || row.collapsible;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (row.kind === 'lane') onToggle(row.key);
      else openFrom(row.key, event.currentTarget);
    } else if (onRecordProgress && row.kind === 'task' && event.key.toLowerCase() === 't' && !event.ctrlKey) {
      // T: "Ghi tiến độ" for the focused row, as its percentage button does.
      event.preventDefault();
      onRecordProgress(row.key);
    } else if (expandable && event.key === 'ArrowRight' && row.collapsed) {
      onToggle(row.key);
    } else if (expandable && event.key === 'ArrowLeft' && !row.collapsed) {
      onToggle(row.key);
    }
  };

  return (
    <div
      ref={ref}
      className="task-grid"
      role="treegrid"
      aria-label="Danh sách nhiệm vụ"
      aria-rowcount={rows.length + 1}
      data-testid="task-grid"
      onWheel={(event) => onWheel(event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY)}
      onScroll={(event) => onScrollTop(event.currentTarget.scrollTop)}
    >
      <div className="task-grid-inner" style={{ minWidth: GRID_MIN_WIDTH }}>
        <div
          className="task-grid-header"
          role="row"
          style={{ height: headerHeight(metrics), gridTemplateColumns: GRID_TEMPLATE }}
        >
          {GRID_COLUMNS.map((column) => (
            <div
              key={column.id}
              role="columnheader"
              className={`task-grid-cell col-${column.id}${column.align ? ` align-${column.align}` : ''}`}
              title={column.id === 'wbs' ? 'Số thứ tự của nhiệm vụ trong văn bản' : undefined}
            >
              {column.label}
            </div>
          ))}
        </div>
        <div style={{ height: rowWindow.first * height }} aria-hidden="true" />
        {rows.slice(rowWindow.first, rowWindow.last).map((row, i) => {
          const index = rowWindow.first + i;
          const state = {
            // Numbered from the whole list: aria-rowindex counts the header as row 1.
            index: index + 2,
            striped: index % 2 === 1,
            selected: row.key === selected,
            dimmed: highlighted !== null && !highlighted.has(row.key),
            spotlit: highlighted !== null && highlighted.has(row.key),
          };
          return row.kind === 'lane' ? (
            <LaneGridRow
              key={row.key}
              row={row}
              height={height}
              {...state}
              onToggle={() => onToggle(row.key)}
              onKeyDown={(event) => onRowKey(event, row)}
            />
          ) : (
            <TaskGridRow
              key={row.key}
              row={row}
              height={height}
              {...state}
              onToggle={() => onToggle(row.key)}
              onOpen={(event) => openFrom(row.key, event.currentTarget, event)}
              onRecordProgress={onRecordProgress && (() => onRecordProgress(row.key))}
              onKeyDown={(event) => onRowKey(event, row)}
            />
          );
        })}
        <div style={{ height: (rows.length - rowWindow.last) * height + BOTTOM_SPACE }} aria-hidden="true" />
      </div>
    </div>
  );
}

export const TaskGrid = memo(TaskGridImpl);
