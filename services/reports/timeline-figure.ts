/**
 * Hình 1: the timeline as one picture on a landscape page of the report. It is drawn narrower than
 * the window's picture and placed across the page, so that its smallest text prints at 9 pt or
 * more, at 300 dpi; each bar carries its lead unit's name, so that it reads in black and white.
 * That leaves room for OVERVIEW_MAX_ROWS rows: a plan that small (Kế hoạch 76) is drawn whole; a
 * larger one by the tasks that matter for the report (overdue, longest late first, then at risk,
 * then due in the coming period), and the report says which were drawn. Every task stays in Bảng 1.
 */
import { AlignmentType, type FileChild, ImageRun, Paragraph } from 'docx';
import type { PlanView, TaskView } from '../../shared/plan-view/plan-view-schema';
import { renderTimelineSvg } from '../../shared/timeline-picture/timeline-svg';
import { type RenderedPicture, renderSvgToPng, svgSize } from '../timeline-picture/render-timeline-png';
import { atRiskTasks, daysLate, isWorkItem, overdueTasks, upcomingTasks } from './content/task-selections';
import { contentHeight, contentWidth, twipsToPixels } from './format/page-layout';
import { run } from './format/typography';

/** Rows that fit on the landscape page with the appendix heading, axis and legend at full size. */
export const OVERVIEW_MAX_ROWS = 13;
/** Picture units across the page: the notes (11 units) then print at 714 pt × 11 / 860 ≈ 9.1 pt. */
export const FIGURE_WIDTH = 860;
const FIGURE_LABEL_WIDTH = 270;
/** Print resolution of the placed picture. */
export const PLACED_DPI = 300;
/** Room left on the page for the appendix heading, the caption and the note under the picture. */
const CAPTION_ALLOWANCE_PX = 200;

export type FigureRows =
  | { kind: 'all'; view: PlanView }
  /** The tasks that matter, as one flat list in plan order. */
  | { kind: 'selected'; view: PlanView; overdue: number; atRisk: number; due: number; matters: number }
  /** Nothing overdue, at risk or due: the plan's top-level items. */
  | { kind: 'top-level'; view: PlanView };

export type TimelineOverview = {
  picture: RenderedPicture;
  rows: FigureRows['kind'];
  shownRows: number;
  /** Work items in the plan. */
  taskCount: number;
  horizonDays: number;
  selection: { overdue: number; atRisk: number; due: number; matters: number } | null;
};

/** A task drawn on its own row, without its section above it. */
const flat = (task: TaskView): TaskView => ({ ...task, depth: 0 });

export function figureRows(view: PlanView, horizonDays: number): FigureRows {
  if (view.tasks.length <= OVERVIEW_MAX_ROWS) return { kind: 'all', view };
  const late = (t: TaskView) => daysLate(t, view.asOf);
  const overdue = overdueTasks(view).sort((a, b) => late(b) - late(a));
  const atRisk = atRiskTasks(view);
  const due = upcomingTasks(view, horizonDays).filter((t) => !atRisk.includes(t));
  const ranked = [...overdue, ...atRisk, ...due];
  if (ranked.length === 0) {
    const top = view.tasks.filter((t) => t.depth === 0).slice(0, OVERVIEW_MAX_ROWS);
    return { kind: 'top-level', view: { ...view, tasks: top } };
  }
  const chosen = new Set(ranked.slice(0, OVERVIEW_MAX_ROWS).map((t) => t.id));
  const tasks = view.tasks.filter((t) => chosen.has(t.id)).map((t) => ({ ...flat(t), childIds: [] }));
  const shown = (list: TaskView[]) => list.filter((t) => chosen.has(t.id)).length;
  return {
    kind: 'selected',
    view: { ...view, tasks },
    overdue: shown(overdue),
    atRisk: shown(atRisk),
    due: shown(due),
    matters: ranked.length,
  };
}

/** The picture's size on the page (pixels at 96 dpi, as docx takes them): as large as the page allows. */
export function placedSize(width: number, height: number): { width: number; height: number } {
  const maxWidth = twipsToPixels(contentWidth('landscape'));
  const maxHeight = twipsToPixels(contentHeight('landscape')) - CAPTION_ALLOWANCE_PX;
  const scale = Math.min(maxWidth / width, maxHeight / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export function renderTimelineOverview(view: PlanView, horizonDays: number): TimelineOverview {
  const rows = figureRows(view, horizonDays);
  const svg = renderTimelineSvg(rows.view, {
    width: FIGURE_WIDTH,
    labelWidth: FIGURE_LABEL_WIDTH,
    barNotes: true,
  });
  const size = svgSize(svg);
  // Pixels for PLACED_DPI at the size the picture takes on the page (docx sizes are at 96 dpi).
  const zoom = (placedSize(size.width, size.height).width / size.width) * (PLACED_DPI / 96);
  return {
    picture: renderSvgToPng(svg, zoom),
    rows: rows.kind,
    shownRows: rows.view.tasks.length,
    taskCount: view.tasks.filter(isWorkItem).length,
    horizonDays,
    selection:
      rows.kind === 'selected'
        ? { overdue: rows.overdue, atRisk: rows.atRisk, due: rows.due, matters: rows.matters }
        : null,
  };
}

/** For a large plan, the sentence that says what Hình 1 shows. */
export function overviewNote(overview: TimelineOverview): string | null {
  if (overview.rows === 'all') return null;
  if (overview.rows === 'top-level' || overview.selection === null)
    return (
      `Do kế hoạch có ${overview.taskCount} nhiệm vụ và không có nhiệm vụ quá hạn, có nguy cơ chậm hay đến hạn ` +
      `trong ${overview.horizonDays} ngày tới, Hình 1 thể hiện tiến độ ${overview.shownRows} mục lớn của kế hoạch.`
    );
  const { overdue, atRisk, due, matters } = overview.selection;
  const kinds = [
    overdue > 0 ? `${overdue} nhiệm vụ quá hạn` : '',
    atRisk > 0 ? `${atRisk} nhiệm vụ có nguy cơ chậm` : '',
    due > 0 ? `${due} nhiệm vụ đến hạn trong ${overview.horizonDays} ngày tới` : '',
  ].filter((k) => k !== '');
  const cut =
    matters > overview.shownRows
      ? ` (trong tổng số ${matters} nhiệm vụ cần chú ý; ưu tiên nhiệm vụ quá hạn lâu nhất)`
      : '';
  return (
    `Do kế hoạch có ${overview.taskCount} nhiệm vụ, Hình 1 chỉ thể hiện các nhiệm vụ cần chú ý: ` +
    `${kinds.join(', ')}${cut}.`
  );
}

/** The caption, then the picture scaled to fit between the margins of the landscape page. */
export function timelineFigure(overview: TimelineOverview, caption: string): FileChild[] {
  const { picture } = overview;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { after: 120 },
      children: [run(caption, { bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: picture.png,
          transformation: placedSize(picture.width, picture.height),
          altText: { name: 'timeline', title: caption, description: caption },
        }),
      ],
    }),
  ];
}
