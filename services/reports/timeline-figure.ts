/**
 * The timeline as one overview picture in a landscape part of a report. A steering-committee
 * report carries a one-page picture, not the whole Gantt chart: a small plan (up to
 * OVERVIEW_MAX_ROWS rows, such as Kế hoạch 76) is drawn whole; a larger one down to the deepest
 * outline level that still fits; and one whose top level alone has more rows than that, as runs of
 * consecutive top-level items, each a summary bar over their span. The detail of every task stays
 * in Bảng 1 and in the timeline the window exports.
 */
import { AlignmentType, type FileChild, ImageRun, Paragraph } from 'docx';
import type { PlanView, TaskView } from '../../shared/plan-view/plan-view-schema';
import { renderTimelineSvg } from '../../shared/timeline-picture/timeline-svg';
import { type RenderedPicture, renderSvgToPng, svgSize } from '../timeline-picture/render-timeline-png';
import { contentHeight, contentWidth, twipsToPixels } from './format/page-layout';
import { run } from './format/typography';

/** Rows that stay legible in one picture on a landscape A4 page, with the axis and the legend. */
export const OVERVIEW_MAX_ROWS = 20;
/** About 150 dpi once placed on the page: sharp in print (8 pt labels), light in the file. */
const PLACED_DPI = 150;
/** Room left on the page for the appendix heading and the caption above the picture. */
const CAPTION_ALLOWANCE_PX = 190;

export type TimelineOverview = {
  picture: RenderedPicture;
  /** Rows drawn; tasks in the plan (rows without rows under them), as the report counts them. */
  shownRows: number;
  taskCount: number;
  /** What the rows are: every row, the upper outline levels, or runs of top-level items. */
  rows: OverviewRows['kind'];
  /** The deepest outline level drawn (0: the top level), for 'levels'. */
  depth: number;
};

export type OverviewRows =
  | { kind: 'all'; view: PlanView; depth: number }
  | { kind: 'levels'; view: PlanView; depth: number }
  /** The top level alone has too many rows: each row stands for a run of consecutive top-level items. */
  | { kind: 'runs'; view: PlanView; depth: 0; topLevelRows: number };

/** One row for consecutive top-level items: their numbers, and a summary bar over their span. */
function runRow(items: TaskView[], taskCount: number): TaskView {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const starts = items.map((t) => t.spanStart).filter((d): d is string => d !== null);
  const ends = items.map((t) => t.spanEnd).filter((d): d is string => d !== null);
  return {
    ...first,
    wbs: items.length > 1 ? `${first.wbs}–${last.wbs}` : first.wbs,
    title: `${items.length} mục, ${taskCount} nhiệm vụ`,
    depth: 0,
    // Drawn as a group: a summary bar from the first start to the last deadline of what it stands for.
    childIds: items.map((t) => t.id),
    spanStart: starts.length > 0 ? starts.reduce((a, b) => (a < b ? a : b)) : null,
    spanEnd: ends.length > 0 ? ends.reduce((a, b) => (a > b ? a : b)) : null,
  };
}

/** The rows of the overview: every row of a small plan, the upper outline levels of a larger one, or runs of top-level items. */
export function overviewRows(view: PlanView): OverviewRows {
  if (view.tasks.length <= OVERVIEW_MAX_ROWS) return { kind: 'all', view, depth: Infinity };
  const perDepth: number[] = [];
  for (const task of view.tasks) perDepth[task.depth] = (perDepth[task.depth] ?? 0) + 1;
  const topLevel = perDepth[0] ?? 0;
  if (topLevel <= OVERVIEW_MAX_ROWS) {
    let depth = 0;
    let rows = topLevel;
    while (depth + 1 < perDepth.length && rows + (perDepth[depth + 1] ?? 0) <= OVERVIEW_MAX_ROWS) {
      depth += 1;
      rows += perDepth[depth] ?? 0;
    }
    return { kind: 'levels', view: { ...view, tasks: view.tasks.filter((t) => t.depth <= depth) }, depth };
  }
  // Each top-level item with the number of tasks under it (or itself), in plan order.
  const blocks: { item: TaskView; tasks: number }[] = [];
  for (const task of view.tasks) {
    if (task.depth === 0 || blocks.length === 0) blocks.push({ item: task, tasks: 0 });
    if (task.childIds.length === 0) blocks[blocks.length - 1]!.tasks += 1;
  }
  const perRow = Math.ceil(blocks.length / OVERVIEW_MAX_ROWS);
  const tasks: TaskView[] = [];
  for (let i = 0; i < blocks.length; i += perRow) {
    const run = blocks.slice(i, i + perRow);
    tasks.push(
      runRow(
        run.map((b) => b.item),
        run.reduce((n, b) => n + b.tasks, 0),
      ),
    );
  }
  return { kind: 'runs', view: { ...view, tasks }, depth: 0, topLevelRows: topLevel };
}

function placedSize(width: number, height: number): { width: number; height: number } {
  const maxWidth = twipsToPixels(contentWidth('landscape'));
  const maxHeight = twipsToPixels(contentHeight('landscape')) - CAPTION_ALLOWANCE_PX;
  const scale = Math.min(maxWidth / width, maxHeight / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export function renderTimelineOverview(view: PlanView): TimelineOverview {
  const overview = overviewRows(view);
  const shown = overview.view;
  const svg = renderTimelineSvg(shown);
  const size = svgSize(svg);
  // Pixels for PLACED_DPI at the size the picture takes on the page (docx sizes are at 96 dpi).
  const zoom = (placedSize(size.width, size.height).width / size.width) * (PLACED_DPI / 96);
  return {
    picture: renderSvgToPng(svg, zoom),
    shownRows: shown.tasks.length,
    taskCount: view.tasks.filter((t) => t.childIds.length === 0).length,
    rows: overview.kind,
    depth: overview.depth,
  };
}

/** For a large plan, the sentence that says what the overview shows and where the detail is. */
export function overviewNote(overview: TimelineOverview): string | null {
  if (overview.rows === 'all') return null;
  const shows =
    overview.rows === 'runs'
      ? `trên ${overview.shownRows} dòng, mỗi dòng gộp một số mục cấp cao nhất liền nhau`
      : overview.depth === 0
        ? `trên ${overview.shownRows} dòng, theo các mục cấp cao nhất`
        : `trên ${overview.shownRows} dòng, theo các mục từ cấp 1 đến cấp ${overview.depth + 1}`;
  return (
    `Do kế hoạch có ${overview.taskCount} nhiệm vụ, Hình 1 chỉ thể hiện tiến độ chung ${shows}; ` +
    `tiến độ chi tiết của từng nhiệm vụ xem tại Bảng 1.`
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
