/**
 * The grid and the chart side by side, with a draggable divider. The chart owns the vertical scroll
 * position; the grid follows it, and hands it wheel turns and keyboard-focus scrolls.
 */
import { type ReactNode, type RefObject, useCallback, useRef } from 'react';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { ChartEditing } from '../editing/chart-editing';
import type { VisibleRow } from '../filters/visible-rows';
import { TaskGrid } from '../grid/TaskGrid';
import type { DateRange } from './chart-frame';
import type { BarSpec } from './gantt-bars';
import { GanttChart, type GanttHandle } from './GanttChart';
import type { RowMetrics } from './row-metrics';
import { SplitDivider } from './SplitDivider';
import type { ViewModeName } from './view-modes';

type Props = {
  rows: readonly VisibleRow[];
  bars: readonly BarSpec[];
  metrics: RowMetrics;
  viewMode: ViewModeName;
  frame: DateRange;
  asOf: IsoDate;
  openAt: IsoDate;
  highlighted: ReadonlySet<string> | null;
  selected: string | null;
  gridWidth: number;
  onGridWidth: (width: number) => void;
  onToggle: (key: string) => void;
  onOpen: (key: string, point: { x: number; y: number }) => void;
  ganttRef: RefObject<GanttHandle | null>;
  /** Dragging bars and occurrence markers; absent in meeting mode. */
  chartEditing?: ChartEditing | undefined;
  /** Shown instead of grid and chart when no row passes the filter. */
  empty: ReactNode;
};

export function TimelinePane(props: Props) {
  const { rows, bars, metrics, ganttRef, onOpen } = props;
  const gridRef = useRef<HTMLDivElement>(null);

  const followChart = useCallback((top: number) => {
    const grid = gridRef.current;
    if (grid && Math.abs(grid.scrollTop - top) >= 1) grid.scrollTop = top;
  }, []);
  const leadChart = useCallback((top: number) => ganttRef.current?.setScrollTop(top), [ganttRef]);
  const wheelChart = useCallback((dy: number) => ganttRef.current?.scrollByPixels(dy), [ganttRef]);

  if (rows.length === 0) return <div className="timeline-empty">{props.empty}</div>;

  return (
    <div className="timeline-pane">
      <div className="timeline-grid" style={{ width: props.gridWidth }}>
        <TaskGrid
          ref={gridRef}
          rows={rows}
          metrics={metrics}
          selected={props.selected}
          highlighted={props.highlighted}
          onToggle={props.onToggle}
          onOpen={onOpen}
          onWheel={wheelChart}
          onScrollTop={leadChart}
        />
      </div>
      <SplitDivider width={props.gridWidth} onWidth={props.onGridWidth} />
      <div className="timeline-chart">
        <GanttChart
          ref={ganttRef}
          bars={bars}
          viewMode={props.viewMode}
          metrics={metrics}
          frame={props.frame}
          asOf={props.asOf}
          openAt={props.openAt}
          highlighted={props.highlighted}
          selected={props.selected}
          onBarClick={onOpen}
          onScrollTop={followChart}
          editing={props.chartEditing}
        />
      </div>
    </div>
  );
}
