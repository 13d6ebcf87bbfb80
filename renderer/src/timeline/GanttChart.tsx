/**
 * The timeline chart as a React component: it drives a frappe-gantt chart through ./frappe (the only
 * folder that knows frappe-gantt's internals). One chart instance per mount, rebuilt
 * only when what it draws changes (bars, zoom, row size, status date); it draws only the rows of
 * the row window (see row-window.ts) and redraws when the window moves. Spotlight and selection
 * are applied to the drawn SVG without a redraw.
 */
import { type Ref, memo, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { type ChartEditing, drawOccurrenceMarkers } from '../editing/chart-editing';
import '../revisions/revisions.css';
import { drawBaselineGhosts } from './baseline-ghosts';
import { type MeetingMarker, drawMeetingMarkers } from './meeting-markers';
import { escapeHtml } from '../text/escape-html';
import { type DateRange, chartPadding } from './chart-frame';
import { type ChartScale, dateToX, xToDate } from './chart-geometry';
import { darken } from './colors';
import { barPixels, draggedDates } from './drag-geometry';
import { applyRowStates, decorateChart } from './decorate-chart';
import { type BarSpec, barLabel } from './gantt-bars';
import { type RowMetrics, headerHeight } from './row-metrics';
import type { Viewport } from './row-window';
import { type ViewModeName, modeUnit, viewMode } from './view-modes';
import {
  type DrawnRows,
  type FrappeOptions,
  type FrappeTask,
  WindowedGantt,
  constructReleasable,
  frappeDate,
  isProgressHandle,
  rowKeyAt,
} from './frappe';

export type GanttHandle = {
  /** Scrolls so the date is at the left edge (with a small margin) or in the middle. */
  scrollToDate(date: IsoDate, align: 'start' | 'center'): void;
  setScrollTop(top: number): void;
  scrollByPixels(dy: number): void;
};

export type GanttChartProps = {
  /** The bars of the drawn rows: rows firstRow, firstRow + 1, … of totalRows. */
  bars: readonly BarSpec[];
  firstRow: number;
  totalRows: number;
  /** The dates all rows' bars cover, drawn or not (see barRange). */
  barSpan: DateRange;
  viewMode: ViewModeName;
  metrics: RowMetrics;
  /** Dates the chart must reach besides the bars: the plan's span, the status date, today. */
  frame: DateRange;
  asOf: IsoDate;
  /** Where the chart opens (the plan's start): never today, which may be years after the plan. */
  openAt: IsoDate;
  highlighted: ReadonlySet<string> | null;
  selected: string | null;
  onBarClick: (rowKey: string, point: { x: number; y: number }) => void;
  /** The chart was scrolled or resized. */
  onViewport: (viewport: Viewport) => void;
  /** Where the chart was left last time (vertical offset), restored when it is first drawn. */
  openTop?: number | undefined;
  /** The date at the left edge and the vertical offset, after each scroll: to be remembered. */
  onScrollPlace?: ((place: { leftDate: IsoDate; top: number }) => void) | undefined;
  /** Present when the plan may be edited: bars can be dragged, occurrences are drawn. */
  editing?: ChartEditing | undefined;
  /** Recorded steering-committee meetings, drawn in editing and presentation alike. */
  meetingMarkers?: readonly MeetingMarker[] | undefined;
  ref?: Ref<GanttHandle>;
};

type Drawn = { bars: readonly BarSpec[]; firstRow: number };

type BuiltChart = {
  gantt: WindowedGantt;
  scale: ChartScale;
  /** The bars drawn now. */
  drawn: Drawn;
  /** Draws other bars, or other rows, of the same chart. */
  show: (next: Drawn) => void;
  destroy: () => void;
};

let chartCount = 0;

function toFrappeTasks(bars: readonly BarSpec[]): FrappeTask[] {
  return bars.map((bar) => ({
    id: bar.id,
    // frappe-gantt writes the name with innerHTML: escaped, a task title stays text.
    name: escapeHtml(barLabel(bar)),
    start: bar.start,
    end: bar.end,
    progress: bar.kind === 'task' ? bar.progress : 0,
    dependencies: bar.dependencies,
    ...(bar.color !== null && bar.kind === 'task' && !bar.deadlineUnknown
      ? { color: bar.color, color_progress: darken(bar.color, 0.3) }
      : {}),
  }));
}

/** What to do after every drawing: decorations, row states, occurrence markers. */
type AfterDraw = (gantt: WindowedGantt, scale: ChartScale, drawnBars: readonly BarSpec[]) => void;

function buildChart(
  host: HTMLElement,
  first: Drawn,
  rows: { total: number; barSpan: DateRange },
  mode: ViewModeName,
  metrics: RowMetrics,
  frame: DateRange,
  editing: { current: ChartEditing | undefined } | null,
  afterDraw: AfterDraw,
): BuiltChart {
  const { barSpan } = rows;
  const drawnRows = (drawn: Drawn): DrawnRows => ({
    first: drawn.firstRow,
    total: rows.total,
    span: { start: frappeDate(barSpan.start), end: frappeDate(barSpan.end, 1) },
  });
  const options: FrappeOptions = {
    language: 'vi',
    view_modes: [viewMode(mode, chartPadding(mode, barSpan, frame))],
    bar_height: metrics.barHeight,
    padding: metrics.padding,
    upper_header_height: metrics.upperHeader,
    lower_header_height: metrics.lowerHeader,
    bar_corner_radius: 3,
    arrow_curve: 6,
    container_height: 'auto',
    infinite_padding: false,
    // Weekends are shaded by decorateChart; frappe-gantt's own shading uses inline style attributes.
    holidays: null,
    // Grid lines: WindowedGantt draws the row lines of the drawn rows, frappe-gantt the columns.
    readonly: editing === null,
    readonly_dates: editing === null,
    readonly_progress: editing === null,
    // Dragged dates are read from the bar's pixels when the button is released (see saveDrag):
    // frappe-gantt's own are counted in the zoom's unit, and it reports none when the drag ends
    // outside the chart.
    ...(editing && {
      on_progress_change: (task: FrappeTask, progress: number) =>
        editing.current?.onProgressChange(task.id, Math.round(progress)),
    }),
    move_dependencies: false,
    popup: false,
    scroll_to: null,
    today_button: false,
    view_mode_select: false,
    auto_move_label: false,
  };
  const { gantt, release } = constructReleasable(
    () => new WindowedGantt(host, toFrappeTasks(first.bars), options, drawnRows(first)),
  );
  const { unit, step, columnWidth } = modeUnit(mode);
  const scale: ChartScale = { start: gantt.gantt_start, unit, step, columnWidth };
  // The bar a drag started on (not its progress handle): the only one whose dates may have changed.
  let pressed: string | null = null;
  const press = (event: MouseEvent) => {
    pressed = isProgressHandle(event.target) ? null : rowKeyAt(event.target);
  };
  /** Drag finished: the bar's new dates, to the whole day, go to the one editing seam (onDatesChange). */
  const saveDrag = () => {
    const id = pressed;
    pressed = null;
    const spec = id === null ? undefined : chart.drawn.bars.find((b) => b.id === id);
    const bar = id === null ? undefined : gantt.bars.find((b) => b.task.id === id);
    if (!spec || !bar || !editing) return;
    const x = Number(bar.$bar.getAttribute('x'));
    const width = Number(bar.$bar.getAttribute('width'));
    const dates = draggedDates({ start: spec.start, end: spec.end }, x, width, scale);
    if (dates.start !== spec.start || dates.end !== spec.end)
      editing.current?.onDatesChange(spec.id, dates.start, dates.end);
    else if (
      x !== barPixels(spec.start, spec.end, scale).x ||
      width !== barPixels(spec.start, spec.end, scale).width
    )
      // Moved less than a day: back where it was.
      bar.update_bar_position(barPixels(spec.start, spec.end, scale));
  };
  if (editing) {
    gantt.$svg.addEventListener('mousedown', press, true);
    document.addEventListener('mouseup', saveDrag);
  }
  afterDraw(gantt, scale, first.bars);
  const chart: BuiltChart = {
    gantt,
    scale,
    drawn: first,
    show: (next) => {
      gantt.showRows(toFrappeTasks(next.bars), drawnRows(next));
      chart.drawn = next;
      afterDraw(gantt, scale, next.bars);
    },
    destroy: () => {
      document.removeEventListener('mouseup', saveDrag);
      release();
      host.replaceChildren();
    },
  };
  return chart;
}

/** Room left of a date scrolled "to the start", so its bar does not touch the edge. */
const leftMargin = (scale: ChartScale): number => Math.min(scale.columnWidth, 80);

function GanttChartImpl(props: GanttChartProps) {
  const { viewMode: mode, metrics, asOf, highlighted, selected, ref } = props;
  const { start: frameStart, end: frameEnd } = props.frame;
  const { bars, firstRow, totalRows } = props;
  const { start: spanStart, end: spanEnd } = props.barSpan;
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<BuiltChart | null>(null);
  // Survive rebuilds: the date at the left edge and the vertical position.
  const leftDateRef = useRef<IsoDate | null>(null);
  const scrollTopRef = useRef(props.openTop ?? 0);
  const pressAt = useRef<{ x: number; y: number } | null>(null);
  // Callbacks and row states change often; reading them through a ref keeps them out of the
  // rebuild's dependencies. Declared first, so it is current before the rebuild effect runs.
  const latest = useRef({ props, highlighted, selected });
  const editingRef = useRef(props.editing);
  // Dragging works at every zoom: the dates are read from the bar's pixels (drag-geometry.ts).
  const editable = props.editing !== undefined;
  useLayoutEffect(() => {
    latest.current = { props, highlighted, selected };
    editingRef.current = props.editing;
  });

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host || totalRows === 0) return;
    chartCount += 1;
    const idPrefix = `ecp${chartCount}`;
    const afterDraw: AfterDraw = (gantt, scale, drawnBars) => {
      decorateChart(
        {
          svg: gantt.$svg,
          header: gantt.$header,
          scale,
          dates: gantt.dates,
          headerHeight: headerHeight(metrics),
          gridHeight: gantt.grid_height,
        },
        drawnBars,
        // The status date is drawn at every drawing: a new date redraws the bars, not the chart.
        { asOf: latest.current.props.asOf, weekends: mode === 'Ngày', idPrefix },
      );
      applyRowStates(gantt.$svg, latest.current);
      drawOccurrenceMarkers(gantt.$svg, scale, latest.current.props.editing?.markers ?? []);
      drawBaselineGhosts(gantt.$svg, scale, drawnBars);
      drawMeetingMarkers(
        {
          svg: gantt.$svg,
          header: gantt.$header,
          scale,
          headerHeight: headerHeight(metrics),
          gridHeight: gantt.grid_height,
        },
        latest.current.props.meetingMarkers ?? [],
      );
    };
    const { props: now } = latest.current;
    const chart = buildChart(
      host,
      { bars: now.bars, firstRow: now.firstRow },
      { total: totalRows, barSpan: { start: spanStart, end: spanEnd } },
      mode,
      metrics,
      { start: frameStart, end: frameEnd },
      editable ? editingRef : null,
      afterDraw,
    );
    chartRef.current = chart;
    const container = chart.gantt.$container;
    container.scrollTop = scrollTopRef.current;
    // The first build opens at the plan; later ones keep the user's position.
    const anchor = leftDateRef.current ?? latest.current.props.openAt;
    container.scrollLeft = Math.max(0, dateToX(anchor, chart.scale) - leftMargin(chart.scale));

    const report = () =>
      latest.current.props.onViewport({ top: container.scrollTop, height: container.clientHeight });
    const onScroll = () => {
      leftDateRef.current = xToDate(container.scrollLeft + leftMargin(chart.scale), chart.scale);
      scrollTopRef.current = container.scrollTop;
      if (leftDateRef.current)
        latest.current.props.onScrollPlace?.({ leftDate: leftDateRef.current, top: container.scrollTop });
      report();
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    const resized = new ResizeObserver(report);
    resized.observe(container);
    report();
    return () => {
      resized.disconnect();
      container.removeEventListener('scroll', onScroll);
      chart.destroy();
      chartRef.current = null;
    };
    // A new chart only when its frame changes; other rows or other bars are drawn into it (below).
  }, [totalRows, spanStart, spanEnd, mode, metrics, frameStart, frameEnd, editable]);

  useLayoutEffect(() => {
    const chart = chartRef.current;
    if (chart && (chart.drawn.bars !== bars || chart.drawn.firstRow !== firstRow))
      chart.show({ bars, firstRow });
  }, [bars, firstRow]);

  const meetingMarkers = props.meetingMarkers;
  useLayoutEffect(() => {
    const chart = chartRef.current;
    if (chart)
      drawMeetingMarkers(
        {
          svg: chart.gantt.$svg,
          header: chart.gantt.$header,
          scale: chart.scale,
          headerHeight: headerHeight(metrics),
          gridHeight: chart.gantt.grid_height,
        },
        meetingMarkers ?? [],
      );
  }, [meetingMarkers, metrics]);

  const markers = props.editing?.markers;
  useLayoutEffect(() => {
    const chart = chartRef.current;
    if (chart) drawOccurrenceMarkers(chart.gantt.$svg, chart.scale, markers ?? []);
  }, [markers]);

  useLayoutEffect(() => {
    const chart = chartRef.current;
    if (chart) applyRowStates(chart.gantt.$svg, { highlighted, selected });
  }, [highlighted, selected]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToDate(date, align) {
        const chart = chartRef.current;
        if (!chart) return;
        const container = chart.gantt.$container;
        const x = dateToX(date, chart.scale);
        container.scrollLeft =
          align === 'center' ? x - container.clientWidth / 2 : x - leftMargin(chart.scale);
      },
      setScrollTop(top) {
        const container = chartRef.current?.gantt.$container;
        if (container && Math.abs(container.scrollTop - top) >= 1) container.scrollTop = top;
      },
      scrollByPixels(dy) {
        chartRef.current?.gantt.$container.scrollBy({ top: dy });
      },
    }),
    [],
  );

  return (
    <div
      ref={hostRef}
      className="gantt-host"
      data-testid="gantt"
      data-view-mode={mode}
      data-as-of={asOf}
      onMouseDown={(event) => {
        pressAt.current = { x: event.clientX, y: event.clientY };
      }}
      onClick={(event) => {
        // The end of a drag is not a click: the card would cover the bar just moved.
        const from = pressAt.current;
        if (from && Math.hypot(event.clientX - from.x, event.clientY - from.y) > 4) return;
        const key = rowKeyAt(event.target);
        if (key) latest.current.props.onBarClick(key, { x: event.clientX, y: event.clientY });
      }}
    />
  );
}

export const GanttChart = memo(GanttChartImpl);
