/**
 * The grid and the chart side by side, with a draggable divider. The chart owns the vertical scroll
 * position; the grid follows it, and hands it wheel turns and keyboard-focus scrolls. Both draw
 * only the rows of one row window, which moves as the chart scrolls.
 */
import {
  type ReactNode,
  type RefObject,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { ChartEditing } from '../editing/chart-editing';
import type { VisibleRow } from '../filters/visible-rows';
import { TaskGrid } from '../grid/TaskGrid';
import type { DateRange } from './chart-frame';
import { barRange, toBarSpecs } from './gantt-bars';
import { GanttChart, type GanttHandle } from './GanttChart';
import type { MeetingMarker } from './meeting-markers';
import { type RowMetrics, headerHeight, rowHeight } from './row-metrics';
import { type Viewport, holdsWindow, rowWindow } from './row-window';
import { SplitDivider } from './SplitDivider';
import type { ViewModeName } from './view-modes';

type Props = {
  rows: readonly VisibleRow[];
  metrics: RowMetrics;
  viewMode: ViewModeName;
  frame: DateRange;
  asOf: IsoDate;
  openAt: IsoDate;
  openTop?: number | undefined;
  onScrollPlace?: ((place: { leftDate: IsoDate; top: number }) => void) | undefined;
  highlighted: ReadonlySet<string> | null;
  selected: string | null;
  gridWidth: number;
  onGridWidth: (width: number) => void;
  onToggle: (key: string) => void;
  onOpen: (key: string, point: { x: number; y: number }) => void;
  /** "Ghi tiến độ" from a row (its percentage, or the T key); absent in meeting mode. */
  onRecordProgress?: ((key: string) => void) | undefined;
  ganttRef: RefObject<GanttHandle | null>;
  /** Dragging bars and occurrence markers; absent in meeting mode. */
  chartEditing?: ChartEditing | undefined;
  meetingMarkers?: readonly MeetingMarker[] | undefined;
  /** Shown instead of grid and chart when no row passes the filter. */
  empty: ReactNode;
};

export function TimelinePane(props: Props) {
  const { rows, metrics, asOf, ganttRef, onOpen } = props;
  const gridRef = useRef<HTMLDivElement>(null);

  const rowH = rowHeight(metrics);
  const headerH = headerHeight(metrics);
  // Set only when the window it gives has rows not drawn yet, so scrolling within the window re-renders
  // nothing. It starts empty: the chart reports its real height as soon as it is drawn (before the
  // first paint), and a guess taller than the chart would be kept, drawing rows no one sees.
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 0 });
  const drawn = useMemo(
    () => rowWindow(viewport, rows.length, rowH, headerH),
    [viewport, rows.length, rowH, headerH],
  );
  // Bars only for the drawn rows: a plan of thousands of rows would otherwise make thousands per change.
  const bars = useMemo(() => toBarSpecs(rows.slice(drawn.first, drawn.last), asOf), [rows, drawn, asOf]);
  const span = useMemo(() => barRange(rows, asOf), [rows, asOf]);
  const sizes = useRef({ total: rows.length, rowH, headerH, drawn });
  useLayoutEffect(() => {
    sizes.current = { total: rows.length, rowH, headerH, drawn };
  });

  const followChart = useCallback((next: Viewport) => {
    const grid = gridRef.current;
    if (grid && Math.abs(grid.scrollTop - next.top) >= 1) grid.scrollTop = next.top;
    const { total, rowH: h, headerH: header, drawn: current } = sizes.current;
    if (!holdsWindow(current, rowWindow(next, total, h, header))) setViewport(next);
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
          rowWindow={drawn}
          metrics={metrics}
          selected={props.selected}
          highlighted={props.highlighted}
          onToggle={props.onToggle}
          onOpen={onOpen}
          onRecordProgress={props.onRecordProgress}
          onWheel={wheelChart}
          onScrollTop={leadChart}
        />
      </div>
      <SplitDivider width={props.gridWidth} onWidth={props.onGridWidth} />
      <div className="timeline-chart">
        <GanttChart
          ref={ganttRef}
          bars={bars}
          firstRow={drawn.first}
          totalRows={rows.length}
          barSpan={span ?? props.frame}
          viewMode={props.viewMode}
          metrics={metrics}
          frame={props.frame}
          asOf={props.asOf}
          openAt={props.openAt}
          openTop={props.openTop}
          onScrollPlace={props.onScrollPlace}
          highlighted={props.highlighted}
          selected={props.selected}
          onBarClick={onOpen}
          onViewport={followChart}
          editing={props.chartEditing}
          meetingMarkers={props.meetingMarkers}
        />
      </div>
    </div>
  );
}
