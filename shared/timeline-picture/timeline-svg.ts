/**
 * The timeline picture, drawn from the plan view alone: one renderer for the report and for the
 * window's "export picture". Pure (PlanView → SVG text), so it is tested without a browser.
 */
import { daysBetween } from '../dates/iso-date';
import { formatDisplayDate } from '../dates/vietnamese-date';
import type { PlanView, TaskView } from '../plan-view/plan-view-schema';
import { monthLabel, monthLabelStep, monthTicks } from './month-grid';
import { escapeXml, estimateTextWidth, fitText } from './svg-text';
import { legendItems, renderLegend } from './timeline-legend';
import { type Scale, createScale, timelineRange } from './timeline-scale';
import { leadsText } from '../units/lead-units';
import {
  AS_OF_LINE,
  FONT_SIZE,
  GRID_LINE,
  INK,
  MUTED_INK,
  NO_LEAD_COLOR,
  OVERDUE_PATTERN_ID,
  ROW_SHADE,
  TIMELINE_FONT_FAMILY,
  YEAR_LINE,
  patternDefs,
} from './timeline-style';

/** Wide enough for an A4 landscape page at about 8 pt text once placed in the report. */
export const TIMELINE_WIDTH = 1100;
export const ROW_HEIGHT = 24;

const MARGIN = 12;
const LABEL_WIDTH = 360;
const TITLE_HEIGHT = 30;
const AXIS_HEIGHT = 26;
const AS_OF_STRIP = 22;
const BAR_HEIGHT = 13;
/** A white outline behind a note, so it stays readable where it crosses a bar or the report-date line. */
const HALO = 'stroke="#ffffff" stroke-width="3" paint-order="stroke"';

export type RowRange = { from: number; to: number };

export type TimelineSvgOptions = {
  /** A line above the picture. */
  title?: string;
  /** Which tasks, in plan order, to draw: [from, to). Every task when absent. */
  rows?: RowRange;
  /**
   * Picture width in units (TIMELINE_WIDTH when absent) and the label column in it: a narrower
   * picture placed across the same page prints its text larger (the report's figure).
   */
  width?: number;
  labelWidth?: number;
  /**
   * Writes beside each bar its lead unit (and "Hoàn thành" for a finished task), so that a page
   * printed in black and white, where unit colours turn to greys, still says whose bar it is.
   */
  barNotes?: boolean;
};

/** Where the chart sits across the picture. */
type Geometry = { width: number; labelWidth: number; chartX: number; chartWidth: number; barNotes: boolean };

function geometry(options: TimelineSvgOptions): Geometry {
  const width = options.width ?? TIMELINE_WIDTH;
  const labelWidth = options.labelWidth ?? LABEL_WIDTH;
  const chartX = MARGIN + labelWidth + 8;
  return {
    width,
    labelWidth,
    chartX,
    chartWidth: width - chartX - MARGIN,
    barNotes: options.barNotes ?? false,
  };
}

const num = (n: number) => String(Math.round(n * 10) / 10);

/**
 * A piece of the picture and the band (picture units, top to bottom) it may paint on, widened by
 * PAINT_SLACK for what reaches a little past its row: marks above capitals, outlines, the anti-aliased edge.
 */
export type SvgPart = { top: number; bottom: number; svg: string };
export type TimelineSvgLayout = { width: number; height: number; parts: SvgPart[] };
/** A horizontal band of the picture, from `top` to `bottom` in picture units, drawn at width × height pixels. */
export type SvgBand = { top: number; bottom: number; width: number; height: number };

const PAINT_SLACK = ROW_HEIGHT / 2;
const part = (top: number, bottom: number, svg: string): SvgPart => ({
  top: top - PAINT_SLACK,
  bottom: bottom + PAINT_SLACK,
  svg,
});

/** Splits the plan's rows into pages of at most `rowsPerPage`, for a report that must stay legible. */
export function timelinePages(view: PlanView, rowsPerPage: number): RowRange[] {
  const size = Math.max(1, Math.floor(rowsPerPage));
  const pages: RowRange[] = [];
  for (let from = 0; from < view.tasks.length; from += size)
    pages.push({ from, to: Math.min(view.tasks.length, from + size) });
  return pages.length > 0 ? pages : [{ from: 0, to: 0 }];
}

function axis(
  scale: Scale,
  top: number,
  bottom: number,
  range: { start: string; end: string },
  g: Geometry,
): SvgPart[] {
  const ticks = monthTicks(range.start, range.end).filter((t) => t.start < range.end);
  const monthWidth = g.chartWidth / Math.max(1, ticks.length);
  const step = monthLabelStep(monthWidth, estimateTextWidth('Th12/2021', FONT_SIZE.axis) + 8);
  const parts: SvgPart[] = [];
  for (const tick of ticks) {
    const x = scale.at(tick.start);
    const yearStart = tick.month === 1;
    parts.push(
      part(
        top,
        bottom,
        `<line x1="${num(x)}" y1="${top}" x2="${num(x)}" y2="${bottom}" stroke="${yearStart ? YEAR_LINE : GRID_LINE}" stroke-width="${yearStart ? 1.4 : 0.8}"/>`,
      ),
    );
    const label = monthLabel(tick, monthWidth, step);
    if (label !== null) {
      parts.push(
        part(
          top,
          top + AXIS_HEIGHT,
          `<text x="${num(x + 4)}" y="${top + 17}" font-size="${FONT_SIZE.axis}" fill="${INK}"${yearStart ? ' font-weight="bold"' : ''}>${escapeXml(label)}</text>`,
        ),
      );
    }
  }
  parts.push(
    part(
      top,
      bottom,
      `<line x1="${num(scale.x1)}" y1="${top}" x2="${num(scale.x1)}" y2="${bottom}" stroke="${GRID_LINE}" stroke-width="0.8"/>`,
    ),
    part(
      top + AXIS_HEIGHT,
      top + AXIS_HEIGHT,
      `<line x1="${g.chartX}" y1="${top + AXIS_HEIGHT}" x2="${num(scale.x1)}" y2="${top + AXIS_HEIGHT}" stroke="${INK}" stroke-width="0.8"/>`,
    ),
  );
  return parts;
}

function label(task: TaskView, y: number, g: Geometry): string {
  const bold = task.childIds.length > 0;
  const indent = Math.min(task.depth, 4) * 10;
  const weight = bold ? ' font-weight="bold"' : '';
  const wbsWidth = estimateTextWidth(`${task.wbs} `, FONT_SIZE.label, bold) + 4;
  const titleWidth = g.labelWidth - indent - wbsWidth;
  const baseline = y + ROW_HEIGHT / 2 + 4;
  return (
    `<text x="${MARGIN + indent}" y="${num(baseline)}" font-size="${FONT_SIZE.label}" fill="${INK}"${weight}>${escapeXml(task.wbs)}</text>` +
    `<text x="${num(MARGIN + indent + wbsWidth)}" y="${num(baseline)}" font-size="${FONT_SIZE.label}" fill="${INK}"${weight}>${escapeXml(fitText(task.title, titleWidth, FONT_SIZE.label, bold))}</text>`
  );
}

/** The note beside a bar: "Quá hạn 6 ngày", and with `barNotes` the lead unit and "Hoàn thành". */
function barNoteText(task: TaskView, view: PlanView, g: Geometry): string {
  const parts: string[] = [];
  if (g.barNotes) parts.push(leadsText(task.leads) || 'Chưa có chủ trì');
  if (task.status === 'removed') parts.push('Đã bỏ khỏi kế hoạch');
  else if (task.status === 'overdue' && task.deadline !== null)
    parts.push(`Quá hạn ${daysBetween(task.deadline, view.asOf)} ngày`);
  else if (g.barNotes && (task.status === 'done' || task.status === 'done-late')) parts.push('Hoàn thành');
  return parts.join(' · ');
}

/** The bar's note, on whichever side has room. */
function overdueNote(
  task: TaskView,
  view: PlanView,
  barStart: number,
  barEnd: number,
  mid: number,
  g: Geometry,
): string {
  const text = escapeXml(barNoteText(task, view, g));
  if (text === '') return '';
  const width = estimateTextWidth(text, FONT_SIZE.note, true);
  const y = num(mid + 4);
  if (barEnd + 5 + width <= g.chartX + g.chartWidth)
    return `<text x="${num(barEnd + 5)}" y="${y}" ${HALO} font-size="${FONT_SIZE.note}" font-weight="bold" fill="${INK}">${text}</text>`;
  if (barStart - 5 - width >= g.chartX)
    return `<text x="${num(barStart - 5)}" y="${y}" ${HALO} font-size="${FONT_SIZE.note}" font-weight="bold" fill="${INK}" text-anchor="end">${text}</text>`;
  // No room outside: on the bar itself, on a white plate, since an outline alone left the letters
  // tangled in the hatching of an overdue bar on paper.
  if (g.barNotes) {
    const size = FONT_SIZE.note;
    const plate = `<rect x="${num(barStart + 3)}" y="${num(mid - size * 0.65)}" width="${num(width + 4)}" height="${num(size * 1.3)}" rx="2" fill="#ffffff" fill-opacity="0.92"/>`;
    return `${plate}<text x="${num(barStart + 5)}" y="${y}" font-size="${size}" font-weight="bold" fill="${INK}">${text}</text>`;
  }
  return '';
}

function groupBar(task: TaskView, scale: Scale, mid: number): string {
  if (task.spanStart === null || task.spanEnd === null) return '';
  const x1 = scale.at(task.spanStart);
  const x2 = Math.max(scale.after(task.spanEnd), x1 + 2);
  const y = mid - 3;
  return (
    `<rect x="${num(x1)}" y="${num(y)}" width="${num(x2 - x1)}" height="6" fill="${INK}"/>` +
    `<path d="M${num(x1)} ${num(y + 6)}l0 5l5 -5Z M${num(x2)} ${num(y + 6)}l0 5l-5 -5Z" fill="${INK}"/>`
  );
}

function noDeadlineBar(task: TaskView, scale: Scale, mid: number): string {
  const x1 = task.spanStart ? scale.at(task.spanStart) : scale.x0;
  const x2 = scale.x1 - 2;
  const y = mid - BAR_HEIGHT / 2;
  const text = fitText('Chưa xác định thời hạn', x2 - x1 - 10, FONT_SIZE.note);
  return (
    `<rect x="${num(x1)}" y="${num(y)}" width="${num(Math.max(4, x2 - x1))}" height="${BAR_HEIGHT}" fill="#ffffff" stroke="${INK}" stroke-width="1.2" stroke-dasharray="5 3"/>` +
    (text.length > 1
      ? `<text x="${num(x1 + 6)}" y="${num(mid + 3.5)}" font-size="${FONT_SIZE.note}" font-style="italic" fill="${MUTED_INK}">${escapeXml(text)}</text>`
      : '')
  );
}

function milestone(
  task: TaskView,
  deadline: string,
  scale: Scale,
  mid: number,
  color: string,
  overdue: boolean,
): string {
  const cx = (scale.at(deadline) + scale.after(deadline)) / 2;
  const d = `M${num(cx)} ${num(mid - 7)}L${num(cx + 7)} ${num(mid)}L${num(cx)} ${num(mid + 7)}L${num(cx - 7)} ${num(mid)}Z`;
  const done = task.status === 'done' || task.status === 'done-late';
  return (
    `<path d="${d}" fill="${color}" fill-opacity="${done ? 1 : 0.45}" stroke="${INK}" stroke-width="${overdue ? 2 : 1}"/>` +
    (overdue ? `<path d="${d}" fill="url(#${OVERDUE_PATTERN_ID})"/>` : '')
  );
}

/** From the task's start (never after its deadline) to the end of its deadline day; never thinner than 3. */
function barExtent(start: string | null, deadline: string, scale: Scale): { x1: number; x2: number } {
  const x1 = scale.at(start !== null && start <= deadline ? start : deadline);
  return { x1, x2: Math.max(scale.after(deadline), x1 + 3) };
}

/** Notes are drawn apart, above the report-date line that may cross them. */
function overdueNoteFor(task: TaskView, view: PlanView, scale: Scale, mid: number, g: Geometry): string {
  if (task.deadline === null || (task.childIds.length > 0 && !g.barNotes)) return '';
  if (task.status !== 'overdue' && task.status !== 'removed' && !g.barNotes) return '';
  if (task.kind !== 'task')
    return overdueNote(task, view, scale.at(task.deadline) - 8, scale.after(task.deadline) + 8, mid, g);
  const { x1, x2 } = barExtent(task.spanStart, task.deadline, scale);
  return overdueNote(task, view, x1, x2, mid, g);
}

function taskBar(task: TaskView, scale: Scale, mid: number): string {
  if (task.deadline === null) return noDeadlineBar(task, scale, mid);
  // A task dropped from the plan is drawn grey: no unit answers for it any more.
  const color = task.status === 'removed' ? NO_LEAD_COLOR : (task.leads[0]?.color ?? NO_LEAD_COLOR);
  const overdue = task.status === 'overdue';
  if (task.kind !== 'task') {
    return milestone(task, task.deadline, scale, mid, color, overdue);
  }
  const { x1, x2 } = barExtent(task.spanStart, task.deadline, scale);
  const y = mid - BAR_HEIGHT / 2;
  const done = task.status === 'done' || task.status === 'done-late';
  const filled = done ? 1 : task.progress / 100;
  const box = `x="${num(x1)}" y="${num(y)}" width="${num(x2 - x1)}" height="${BAR_HEIGHT}"`;
  return [
    `<rect ${box} fill="${color}" fill-opacity="0.35"/>`,
    filled > 0
      ? `<rect x="${num(x1)}" y="${num(y)}" width="${num((x2 - x1) * filled)}" height="${BAR_HEIGHT}" fill="${color}"/>`
      : '',
    overdue ? `<rect ${box} fill="url(#${OVERDUE_PATTERN_ID})"/>` : '',
    `<rect ${box} fill="none" stroke="${INK}" stroke-width="${overdue ? 2 : 0.8}"/>`,
  ].join('');
}

function asOfMarker(view: PlanView, scale: Scale, top: number, bottom: number): SvgPart[] {
  const x = scale.after(view.asOf);
  const text = `Ngày báo cáo ${formatDisplayDate(view.asOf)}`;
  const width = estimateTextWidth(text, FONT_SIZE.note, true);
  const anchorEnd = x + 4 + width > scale.x1;
  return [
    part(
      top,
      bottom,
      `<line x1="${num(x)}" y1="${top}" x2="${num(x)}" y2="${bottom}" stroke="${AS_OF_LINE}" stroke-width="2" stroke-dasharray="6 4"/>`,
    ),
    part(
      bottom,
      bottom + AS_OF_STRIP,
      `<text x="${num(anchorEnd ? x - 4 : x + 4)}" y="${bottom + 15}" font-size="${FONT_SIZE.note}" font-weight="bold" fill="${AS_OF_LINE}"${anchorEnd ? ' text-anchor="end"' : ''}>${escapeXml(text)}</text>`,
    ),
  ];
}

/**
 * The picture as parts in drawing order, each with the band of the picture it may paint on, so that
 * a tall picture can be drawn in horizontal bands, each band parsing only what shows in it.
 */
export function timelineSvgLayout(view: PlanView, options: TimelineSvgOptions = {}): TimelineSvgLayout {
  const rows = options.rows ?? { from: 0, to: view.tasks.length };
  const tasks = view.tasks.slice(rows.from, rows.to);
  const range = timelineRange(view);
  const g = geometry(options);
  const scale = createScale(range, g.chartX, g.chartWidth);

  const titleHeight = options.title ? TITLE_HEIGHT : 0;
  const axisTop = MARGIN + titleHeight;
  const rowsTop = axisTop + AXIS_HEIGHT;
  const rowCount = Math.max(1, tasks.length);
  const rowsBottom = rowsTop + rowCount * ROW_HEIGHT;
  const legendTop = rowsBottom + AS_OF_STRIP + 8;
  const legend = renderLegend(legendItems(view), MARGIN, legendTop, g.width - 2 * MARGIN);
  const height = Math.ceil(legendTop + legend.height + MARGIN);
  const rowPart = (i: number, svg: string) =>
    part(rowsTop + i * ROW_HEIGHT, rowsTop + (i + 1) * ROW_HEIGHT, svg);

  const parts: SvgPart[] = [
    part(-Infinity, Infinity, patternDefs()),
    part(0, height, `<rect width="${g.width}" height="${height}" fill="#ffffff"/>`),
  ];
  if (options.title) {
    parts.push(
      part(
        MARGIN,
        MARGIN + TITLE_HEIGHT,
        `<text x="${MARGIN}" y="${MARGIN + 18}" font-size="${FONT_SIZE.title}" font-weight="bold" fill="${INK}">${escapeXml(fitText(options.title, g.width - 2 * MARGIN, FONT_SIZE.title, true))}</text>`,
      ),
    );
  }
  tasks.forEach((task, i) => {
    const y = rowsTop + i * ROW_HEIGHT;
    if (i % 2 === 1)
      parts.push(
        rowPart(
          i,
          `<rect x="${MARGIN}" y="${y}" width="${g.width - 2 * MARGIN}" height="${ROW_HEIGHT}" fill="${ROW_SHADE}"/>`,
        ),
      );
  });
  parts.push(...axis(scale, axisTop, rowsBottom, range, g));
  tasks.forEach((task, i) => {
    const y = rowsTop + i * ROW_HEIGHT;
    const mid = y + ROW_HEIGHT / 2;
    parts.push(rowPart(i, label(task, y, g)));
    parts.push(rowPart(i, task.childIds.length > 0 ? groupBar(task, scale, mid) : taskBar(task, scale, mid)));
  });
  if (tasks.length === 0) {
    parts.push(
      rowPart(
        0,
        `<text x="${MARGIN}" y="${rowsTop + ROW_HEIGHT / 2 + 4}" font-size="${FONT_SIZE.label}" font-style="italic" fill="${MUTED_INK}">Kế hoạch chưa có nhiệm vụ nào.</text>`,
      ),
    );
  }
  parts.push(...asOfMarker(view, scale, axisTop, rowsBottom));
  tasks.forEach((task, i) =>
    parts.push(rowPart(i, overdueNoteFor(task, view, scale, rowsTop + i * ROW_HEIGHT + ROW_HEIGHT / 2, g))),
  );
  parts.push(part(legendTop, legendTop + legend.height, legend.svg));
  return { width: g.width, height, parts: parts.filter((p) => p.svg !== '') };
}

/**
 * The SVG text of the layout: the whole picture, or only the band from `band.top` to `band.bottom`
 * (picture units) at `band.width` × `band.height` (the pixels it is drawn at), holding only the
 * parts that may paint on it. Whatever crosses the band's edges is clipped there, and drawn on.
 */
export function timelineSvgText(layout: TimelineSvgLayout, band?: SvgBand): string {
  const { width, height } = layout;
  const root = band
    ? `width="${band.width}" height="${band.height}" viewBox="0 ${band.top} ${width} ${band.bottom - band.top}" preserveAspectRatio="none"`
    : `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`;
  const shown = band
    ? layout.parts.filter((p) => p.bottom >= band.top && p.top <= band.bottom)
    : layout.parts;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" ${root} font-family="${escapeXml(TIMELINE_FONT_FAMILY)}">`,
    ...shown.map((p) => p.svg),
    '</svg>',
  ].join('');
}

export function renderTimelineSvg(view: PlanView, options: TimelineSvgOptions = {}): string {
  return timelineSvgText(timelineSvgLayout(view, options));
}
