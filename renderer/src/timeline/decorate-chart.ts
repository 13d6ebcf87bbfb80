/**
 * What frappe-gantt cannot draw by itself, added to the SVG it has just rendered: unit colours and
 * hatching, diamonds for milestones and meetings, summary brackets, markers for overdue tasks and
 * unknown deadlines that survive greyscale printing, weekend shading, the status-date line, and
 * test ids. Only SVG attributes and CSSOM are used: the page's CSP refuses inline style attributes.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import { type ChartScale, dateToX } from './chart-geometry';
import { readableTextOn } from './colors';
import {
  barGroups,
  barParts,
  gridLayer,
  isLabelOutside,
  placeLabelOutside,
  stopBarAnimations,
} from './frappe/frappe-dom';
import type { BarSpec } from './gantt-bars';

export type ChartDom = {
  svg: SVGSVGElement;
  /** frappe-gantt's sticky HTML header above the SVG. */
  header: HTMLElement;
  scale: ChartScale;
  dates: readonly Date[];
  headerHeight: number;
  gridHeight: number;
};

export type DecorationOptions = {
  asOf: IsoDate;
  weekends: boolean;
  /** Makes pattern ids unique to this chart. */
  idPrefix: string;
};

const SVG_NS = 'http://www.w3.org/2000/svg';
const NO_LEAD_OUTLINE = '#6b7785';

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  parent?.appendChild(el);
  return el;
}

const num = (el: Element, attr: string): number => Number(el.getAttribute(attr) ?? 0);

function addPatterns(svg: SVGSVGElement, prefix: string): { hatch: string; hatchLight: string } {
  const defs = svgEl('defs', {});
  svg.prepend(defs);
  for (const [id, variant] of [
    [`${prefix}-hatch`, 'ecp-hatch'],
    [`${prefix}-hatch-light`, 'ecp-hatch-light'],
  ] as const) {
    const pattern = svgEl(
      'pattern',
      { id, patternUnits: 'userSpaceOnUse', width: 7, height: 7, patternTransform: 'rotate(45)' },
      defs,
    );
    svgEl('rect', { class: `${variant}-bg`, width: 7, height: 7 }, pattern);
    svgEl('line', { class: `${variant}-line`, x1: 0, y1: 0, x2: 0, y2: 7 }, pattern);
  }
  return { hatch: `url(#${prefix}-hatch)`, hatchLight: `url(#${prefix}-hatch-light)` };
}

function addWeekends(dom: ChartDom): void {
  const grid = gridLayer(dom.svg);
  if (!grid) return;
  const anchor = grid.children[1] ?? null;
  dom.dates.forEach((date, i) => {
    if (date.getDay() !== 0 && date.getDay() !== 6) return;
    const rect = svgEl('rect', {
      class: 'ecp-weekend',
      x: i * dom.scale.columnWidth,
      y: dom.headerHeight,
      width: dom.scale.columnWidth,
      height: Math.max(0, dom.gridHeight - dom.headerHeight),
    });
    grid.insertBefore(rect, anchor);
  });
}

function addAsOfLine(dom: ChartDom, asOf: IsoDate): void {
  const x = dateToX(asOf, dom.scale);
  const grid = gridLayer(dom.svg) ?? dom.svg;
  svgEl('line', { class: 'ecp-asof-line', x1: x, x2: x, y1: dom.headerHeight, y2: dom.gridHeight }, grid);
  const chip = document.createElement('div');
  chip.className = 'ecp-asof-chip';
  chip.textContent = `Tình hình đến ${formatDisplayDate(asOf)}`;
  chip.title = 'Ngày theo dõi: trạng thái các nhiệm vụ được tính đến ngày này';
  chip.style.left = `${x}px`;
  dom.header.appendChild(chip);
}

/** A round badge beside a bar: "!" for overdue, "?" for an unknown deadline. */
function addBadge(group: SVGGElement, cx: number, cy: number, r: number, kind: 'overdue' | 'unknown'): void {
  const badge = svgEl('g', { class: `ecp-badge ecp-badge-${kind}` }, group);
  svgEl('circle', { cx, cy, r }, badge);
  const text = svgEl('text', { x: cx, y: cy }, badge);
  text.textContent = kind === 'overdue' ? '!' : '?';
}

type Placed = { label: SVGTextElement | null; barX: number; outsideX: number | null };

function decorateBar(
  group: SVGGElement,
  spec: BarSpec,
  patterns: { hatch: string; hatchLight: string },
): Placed {
  group.setAttribute('data-testid', 'gantt-bar');
  group.setAttribute('data-kind', spec.kind);
  if (spec.wbs !== null) group.setAttribute('data-wbs', spec.wbs);
  if (spec.unitId !== null) group.setAttribute('data-unit-id', String(spec.unitId));
  group.classList.add(`ecp-${spec.kind}`);
  group.classList.toggle('is-overdue', spec.overdue);
  group.classList.toggle('is-no-lead', spec.color === null);
  group.classList.toggle('is-deadline-unknown', spec.deadlineUnknown);
  group.classList.toggle('is-undated', spec.undated);

  const title = svgEl('title', {});
  title.textContent = spec.tooltip;
  group.prepend(title);

  const { rect, label } = barParts(group);
  if (!rect) return { label, barX: 0, outsideX: null };
  const x = num(rect, 'x');
  const y = num(rect, 'y');
  const w = num(rect, 'width');
  const h = num(rect, 'height');
  const cy = y + h / 2;
  const badgeR = Math.min(9, h / 2 - 1);
  let rightEdge = x + w;

  if (spec.color !== null) group.style.setProperty('--ecp-label-inside', readableTextOn(spec.color));

  switch (spec.kind) {
    case 'summary':
    case 'lane': {
      const thin = Math.max(6, Math.round(h * 0.36));
      const top = Math.round(cy - thin / 2) - 2;
      rect.setAttribute('y', String(top));
      rect.setAttribute('height', String(thin));
      rect.setAttribute('rx', '1');
      rect.setAttribute('ry', '1');
      if (spec.kind === 'lane' && spec.color !== null) rect.style.fill = spec.color;
      const cap = Math.min(7, Math.max(3, w / 2));
      const bottom = top + thin;
      const capClass = 'ecp-summary-cap';
      const left = svgEl(
        'path',
        { class: capClass, d: `M ${x} ${bottom} h ${cap} L ${x} ${bottom + cap} Z` },
        group,
      );
      const right = svgEl(
        'path',
        { class: capClass, d: `M ${x + w} ${bottom} h ${-cap} L ${x + w} ${bottom + cap} Z` },
        group,
      );
      if (spec.kind === 'lane' && spec.color !== null) {
        left.style.fill = spec.color;
        right.style.fill = spec.color;
      }
      break;
    }
    case 'milestone': {
      const cx = x + w / 2;
      const r = h / 2 + 2;
      const diamond = svgEl(
        'path',
        {
          class: 'ecp-diamond',
          d: `M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`,
        },
        group,
      );
      diamond.style.fill = spec.color ?? patterns.hatch;
      rightEdge = cx + r;
      break;
    }
    case 'task': {
      if (spec.deadlineUnknown) {
        rect.style.fill = patterns.hatchLight;
        rect.style.stroke = spec.color ?? NO_LEAD_OUTLINE;
      } else if (spec.color === null) {
        rect.style.fill = patterns.hatch;
      }
      break;
    }
  }

  if (spec.overdue || spec.deadlineUnknown) {
    addBadge(group, rightEdge + 5 + badgeR, cy, badgeR, spec.overdue ? 'overdue' : 'unknown');
    rightEdge += 5 + 2 * badgeR;
  }
  // Summary and point labels always sit outside; a task's label moves out only when frappe-gantt
  // found it too wide for its bar (the "big" class it sets).
  return { label, barX: x, outsideX: rightEdge + 6 };
}

export function decorateChart(dom: ChartDom, bars: readonly BarSpec[], options: DecorationOptions): void {
  stopBarAnimations(dom.svg);
  const patterns = addPatterns(dom.svg, options.idPrefix);
  if (options.weekends) addWeekends(dom);
  addAsOfLine(dom, options.asOf);

  const byId = new Map(bars.map((b) => [b.id, b]));
  const placed: (Placed & { spec: BarSpec })[] = [];
  for (const group of barGroups(dom.svg)) {
    const spec = byId.get(group.getAttribute('data-id') ?? '');
    if (spec) placed.push({ ...decorateBar(group, spec, patterns), spec });
  }
  // frappe-gantt places labels in the next animation frame; ours must come after its own.
  requestAnimationFrame(() => {
    for (const { label, barX, outsideX, spec } of placed) {
      if (!label || outsideX === null) continue;
      if (spec.kind !== 'task' || isLabelOutside(label)) {
        placeLabelOutside(label);
        label.setAttribute('x', String(outsideX));
      } else {
        // Inside a long bar, a centred label is often scrolled out of sight; start it at the left.
        label.setAttribute('x', String(barX + 8));
      }
    }
  });
}

/** Spotlight (meeting mode) and selection, without redrawing the chart. */
export function applyRowStates(
  svg: SVGSVGElement,
  state: { highlighted: ReadonlySet<string> | null; selected: string | null },
): void {
  for (const group of barGroups(svg)) {
    const id = group.getAttribute('data-id') ?? '';
    group.classList.toggle('is-dimmed', state.highlighted !== null && !state.highlighted.has(id));
    group.classList.toggle('is-spotlit', state.highlighted !== null && state.highlighted.has(id));
    group.classList.toggle('is-selected', state.selected === id);
  }
}
