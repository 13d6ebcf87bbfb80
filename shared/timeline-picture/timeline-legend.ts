/** The legend under the timeline: a colour per lead unit, then the marks that do not depend on colour. */
import type { PlanView } from '../plan-view/plan-view-schema';
import { estimateTextWidth, escapeXml } from './svg-text';
import { AS_OF_LINE, FONT_SIZE, INK, NO_LEAD_COLOR, OVERDUE_PATTERN_ID } from './timeline-style';

export type LegendSwatch =
  | { kind: 'unit'; color: string }
  | { kind: 'progress' }
  | { kind: 'overdue' }
  | { kind: 'no-deadline' }
  | { kind: 'milestone' }
  | { kind: 'group' }
  | { kind: 'as-of' };

export type LegendItem = { label: string; swatch: LegendSwatch };

export function legendItems(view: PlanView): LegendItem[] {
  const leaves = view.tasks.filter((t) => t.childIds.length === 0);
  const units = new Map<string, LegendItem>();
  for (const task of leaves) {
    // A dropped task's bar is grey with its own note: its unit's colour appears on no bar.
    if (task.deadline === null || task.status === 'removed') continue;
    // A bar takes the colour of the principal lead (the first named), co-led or not.
    const lead = task.leads[0];
    const key = lead ? String(lead.id) : 'none';
    if (!units.has(key)) {
      units.set(key, {
        label: lead ? `Chủ trì: ${lead.name}` : 'Chưa có đơn vị chủ trì',
        swatch: { kind: 'unit', color: lead?.color ?? NO_LEAD_COLOR },
      });
    }
  }
  const items: LegendItem[] = [...units.values()];
  if (leaves.some((t) => t.deadline !== null && t.kind === 'task'))
    items.push({ label: 'Phần đã thực hiện (tô đậm)', swatch: { kind: 'progress' } });
  if (leaves.some((t) => t.status === 'overdue'))
    items.push({ label: 'Quá hạn', swatch: { kind: 'overdue' } });
  if (leaves.some((t) => t.deadline === null))
    items.push({ label: 'Chưa xác định thời hạn', swatch: { kind: 'no-deadline' } });
  if (leaves.some((t) => t.kind !== 'task' && t.deadline !== null))
    items.push({ label: 'Mốc, cuộc họp', swatch: { kind: 'milestone' } });
  if (view.tasks.some((t) => t.childIds.length > 0))
    items.push({ label: 'Nhóm nhiệm vụ', swatch: { kind: 'group' } });
  items.push({ label: 'Ngày báo cáo', swatch: { kind: 'as-of' } });
  return items;
}

const SWATCH_WIDTH = 26;
const LINE_HEIGHT = 22;

function swatchSvg(swatch: LegendSwatch, x: number, y: number): string {
  const box = `x="${x}" y="${y - 6}" width="${SWATCH_WIDTH}" height="12"`;
  switch (swatch.kind) {
    case 'unit':
      return `<rect ${box} fill="${swatch.color}" stroke="${INK}" stroke-width="0.8"/>`;
    case 'progress':
      return (
        `<rect ${box} fill="#9e9e9e" fill-opacity="0.35" stroke="${INK}" stroke-width="0.8"/>` +
        `<rect x="${x}" y="${y - 6}" width="${SWATCH_WIDTH / 2}" height="12" fill="#9e9e9e"/>`
      );
    case 'overdue':
      return `<rect ${box} fill="url(#${OVERDUE_PATTERN_ID})" stroke="${INK}" stroke-width="2"/>`;
    case 'no-deadline':
      return `<rect ${box} fill="#ffffff" stroke="${INK}" stroke-width="1.2" stroke-dasharray="4 3"/>`;
    case 'milestone': {
      const cx = x + SWATCH_WIDTH / 2;
      return `<path d="M${cx} ${y - 7}L${cx + 7} ${y}L${cx} ${y + 7}L${cx - 7} ${y}Z" fill="#9e9e9e" stroke="${INK}" stroke-width="1"/>`;
    }
    case 'group':
      return `<rect x="${x}" y="${y - 3}" width="${SWATCH_WIDTH}" height="5" fill="${INK}"/>`;
    case 'as-of':
      return `<line x1="${x + SWATCH_WIDTH / 2}" y1="${y - 8}" x2="${x + SWATCH_WIDTH / 2}" y2="${y + 8}" stroke="${AS_OF_LINE}" stroke-width="2" stroke-dasharray="4 3"/>`;
  }
}

/** The legend laid out in lines that wrap within `width`; returns its SVG and height. */
export function renderLegend(
  items: LegendItem[],
  x: number,
  y: number,
  width: number,
): { svg: string; height: number } {
  const parts: string[] = [];
  let cx = x;
  let cy = y + LINE_HEIGHT / 2;
  for (const item of items) {
    const itemWidth = SWATCH_WIDTH + 6 + estimateTextWidth(item.label, FONT_SIZE.legend) + 18;
    if (cx > x && cx + itemWidth > x + width) {
      cx = x;
      cy += LINE_HEIGHT;
    }
    parts.push(swatchSvg(item.swatch, cx, cy));
    parts.push(
      `<text x="${cx + SWATCH_WIDTH + 6}" y="${cy + 4}" font-size="${FONT_SIZE.legend}" fill="${INK}">${escapeXml(item.label)}</text>`,
    );
    cx += itemWidth;
  }
  return { svg: parts.join(''), height: cy - y + LINE_HEIGHT / 2 };
}
