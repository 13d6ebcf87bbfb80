/**
 * The plan's own dates of a revised task, drawn as a thin ghost bar under its current bar: what the
 * committee sees when a deadline was extended (or brought forward) and by how much.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import { addDays } from '../../../shared/dates/iso-date';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { type ChartScale, dateToX } from './chart-geometry';
import { barRectOf, insertUnderBars } from './frappe/frappe-dom';

export type BaselineRange = { start: IsoDate; end: IsoDate };

/**
 * The baseline's span, when it differs from the bar's; null for a task never revised, or one whose
 * plan gives no day. A plan that gave no start (a document item) starts the ghost with the bar.
 */
export function baselineRange(
  task: Pick<TaskView, 'revisionCount' | 'baselineStart' | 'baselineDeadline' | 'childIds'>,
  bar: BaselineRange,
): BaselineRange | null {
  if (task.revisionCount === 0 || task.baselineDeadline === null || task.childIds.length > 0) return null;
  const start = task.baselineStart ?? bar.start;
  const end = task.baselineDeadline;
  if (start === bar.start && end === bar.end) return null;
  return end < start ? { start: end, end } : { start, end };
}

const SVG = 'http://www.w3.org/2000/svg';
const GHOST_HEIGHT = 5;

type GhostBar = { id: string; baseline: BaselineRange | null };

/** Draws one ghost per revised bar, under it and behind the bars; replaces those drawn before. */
export function drawBaselineGhosts(svg: SVGSVGElement, scale: ChartScale, bars: readonly GhostBar[]): void {
  svg.querySelector('.baseline-layer')?.remove();
  const ghosts = bars.filter((b) => b.baseline !== null);
  if (ghosts.length === 0) return;
  const layer = document.createElementNS(SVG, 'g');
  layer.setAttribute('class', 'baseline-layer');
  for (const { id, baseline } of ghosts) {
    const bar = barRectOf(svg, id);
    if (!bar || !baseline) continue;
    const x = dateToX(baseline.start, scale);
    const width = Math.max(2, dateToX(addDays(baseline.end, 1), scale) - x);
    const y = Number(bar.getAttribute('y')) + Number(bar.getAttribute('height')) + 1;
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', String(x));
    rect.setAttribute('y', String(y));
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', String(GHOST_HEIGHT));
    rect.setAttribute('class', 'baseline-ghost');
    rect.setAttribute('data-baseline', id);
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `Thời hạn theo kế hoạch: ${formatDisplayDate(baseline.end)}`;
    rect.appendChild(title);
    layer.appendChild(rect);
  }
  insertUnderBars(svg, layer);
}
