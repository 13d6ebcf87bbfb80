/**
 * frappe-gantt drawing only some rows of a long chart. It lays out every task it is given and
 * redraws its whole SVG on every change, which takes seconds at a few thousand rows; given only the
 * rows in sight, this class puts them at their true place in a chart as tall as all rows and as
 * wide as all bars, so the scrollbars, the header and every x position stay those of the full chart.
 * It relies on the drawing steps of frappe-gantt 1.2.2 (the version is pinned in package.json).
 */
import Gantt, { type FrappeOptions, type FrappeTask, type FrappeTaskState } from 'frappe-gantt';
import { computeDuration } from './bar-duration';

export type DrawnRows = {
  /** Row of the first task given. */
  first: number;
  /** Rows in the whole chart. */
  total: number;
  /** Earliest start and latest end of all bars, as frappe-gantt reads them (end exclusive). */
  span: { start: Date; end: Date };
};

const SVG_NS = 'http://www.w3.org/2000/svg';

// frappe-gantt copies unknown options onto this.options, the only object that already exists when
// its constructor calls the drawing steps below.
type WindowedOptions = FrappeOptions & { ecpRows: DrawnRows };

function svgChild(parent: Element, tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  parent.appendChild(el);
  return el;
}

/** frappe-gantt's reading of a "YYYY-MM-DD" date: local midnight. */
export function frappeDate(iso: string, plusDays = 0): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + plusDays);
}

let barPatched = false;

export class WindowedGantt extends Gantt {
  constructor(host: HTMLElement, tasks: FrappeTask[], options: FrappeOptions, rows: DrawnRows) {
    // Row lines are drawn for the drawn rows only (make_grid_rows); frappe-gantt's would span all rows.
    super(host, tasks, { ...options, lines: 'vertical', ecpRows: rows } as WindowedOptions);
    // The Bar class is not exported: reached through the first bar drawn, patched once.
    const bar = this.bars[0];
    if (!barPatched && bar !== undefined) {
      (Object.getPrototypeOf(bar) as { compute_duration: unknown }).compute_duration = computeDuration;
      barPatched = true;
    }
  }

  private get rows(): DrawnRows {
    return (this.options as WindowedOptions).ecpRows;
  }

  /** Draws other rows of the same chart; the container and its scroll offsets stay. */
  showRows(tasks: FrappeTask[], rows: DrawnRows): void {
    (this.options as WindowedOptions).ecpRows = rows;
    this.refresh(tasks);
  }

  protected override setup_tasks(tasks: FrappeTask[]): void {
    super.setup_tasks(tasks);
    // _index is the row frappe-gantt draws a bar on.
    for (const task of this.tasks) task._index += this.rows.first;
  }

  protected override setup_gantt_dates(refresh: boolean): void {
    // The dates come from all bars, not the drawn ones, so the header never shifts while scrolling.
    const drawn = this.tasks;
    const { start, end } = this.rows.span;
    this.tasks = [{ _start: start, _end: end } as FrappeTaskState];
    try {
      super.setup_gantt_dates(refresh);
    } finally {
      this.tasks = drawn;
    }
  }

  protected override make_grid_background(): void {
    const { bar_height: barHeight, padding } = this.options;
    const height = this.config.header_height + padding + (barHeight + padding) * this.rows.total - 10;
    svgChild(this.$svg, 'rect', {
      x: 0,
      y: 0,
      width: this.dates.length * this.config.column_width,
      height,
      class: 'grid-background',
    });
    this.$svg.setAttribute('height', String(height));
    this.$svg.setAttribute('width', '100%');
    this.grid_height = height;
  }

  protected override make_grid_rows(): void {
    const group = svgChild(this.layers.grid, 'g', {});
    const width = this.dates.length * this.config.column_width;
    const rowHeight = this.options.bar_height + this.options.padding;
    const top = this.config.header_height + this.rows.first * rowHeight;
    for (let i = 0; i < this.tasks.length; i++) {
      const y = top + i * rowHeight;
      svgChild(group, 'rect', { x: 0, y, width, height: rowHeight, class: 'grid-row' });
      svgChild(group, 'line', { x1: 0, y1: y + rowHeight, x2: width, y2: y + rowHeight, class: 'row-line' });
    }
  }

  protected override make_grid_highlights(): void {
    // frappe-gantt appends its hatch pattern with `layers.grid.innerHTML +=`, which writes out and
    // parses again every grid row drawn so far, on every drawing: with those rows set aside it parses
    // the pattern alone, and the rows (the same nodes, not copies) are put back in front of it.
    const grid = this.layers.grid;
    const drawn = document.createDocumentFragment();
    drawn.append(...grid.childNodes);
    try {
      super.make_grid_highlights();
    } finally {
      grid.prepend(drawn);
    }
  }

  protected override make_arrows(): void {
    // frappe-gantt finds an arrow's bars by _index in its list of drawn bars.
    const { first } = this.rows;
    for (const task of this.tasks) task._index -= first;
    try {
      super.make_arrows();
    } finally {
      for (const task of this.tasks) task._index += first;
    }
  }

  protected override set_scroll_position(): void {
    // GanttChart owns both scroll offsets; frappe-gantt would scroll back to the start on each redraw.
  }
}
