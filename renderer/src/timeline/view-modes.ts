/**
 * The five zoom levels, as frappe-gantt view-mode objects with Vietnamese column labels.
 * "Quý" is not built into frappe-gantt: it is a custom mode stepping three months at a time.
 * Pure: labels are computed from the column's start date (local calendar, as frappe-gantt uses).
 */
export const VIEW_MODE_NAMES = ['Ngày', 'Tuần', 'Tháng', 'Quý', 'Năm'] as const;
export type ViewModeName = (typeof VIEW_MODE_NAMES)[number];

export function isViewModeName(value: unknown): value is ViewModeName {
  return typeof value === 'string' && (VIEW_MODE_NAMES as readonly string[]).includes(value);
}

/** The calendar unit frappe-gantt counts columns in for a mode. */
export type ChartUnit = 'day' | 'month' | 'year';

type LabelFn = (date: Date, previous: Date | null, language: string) => string;

/** The fields of frappe-gantt's view-mode object that this app sets. */
export type GanttViewMode = {
  name: ViewModeName;
  step: string;
  column_width: number;
  date_format: string;
  /** Before and after the tasks, as frappe-gantt durations ("14d", "2m", "1y"). */
  padding: [string, string];
  lower_text: LabelFn;
  upper_text: LabelFn;
  thick_line?: (date: Date) => boolean;
  snap_at?: string;
};

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const pad2 = (n: number): string => String(n).padStart(2, '0');
const dayMonth = (d: Date): string => `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}`;
const addDays = (d: Date, days: number): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);

export const monthYearLabel = (d: Date): string => `Tháng ${d.getMonth() + 1}/${d.getFullYear()}`;
export const quarterLabel = (d: Date): string =>
  `Quý ${ROMAN[Math.floor(d.getMonth() / 3)]}/${d.getFullYear()}`;
export const weekLabel = (d: Date): string => `${dayMonth(d)}–${dayMonth(addDays(d, 6))}`;
export const yearLabel = (d: Date): string => `Năm ${d.getFullYear()}`;
export const decadeLabel = (d: Date): string => {
  const start = d.getFullYear() - (d.getFullYear() % 10);
  return `${start}–${start + 9}`;
};

/** Shows the label only where it changes, as a group heading above the columns. */
const onChange =
  (label: (d: Date) => string): LabelFn =>
  (d, previous) =>
    previous === null || label(previous) !== label(d) ? label(d) : '';

type ModeShape = { unit: ChartUnit; stepCount: number; mode: Omit<GanttViewMode, 'padding'> };

const MODES: Record<ViewModeName, ModeShape> = {
  Ngày: {
    unit: 'day',
    stepCount: 1,
    mode: {
      name: 'Ngày',
      step: '1d',
      column_width: 36,
      date_format: 'YYYY-MM-DD',
      lower_text: (d) => String(d.getDate()),
      upper_text: onChange(monthYearLabel),
      thick_line: (d) => d.getDay() === 1,
    },
  },
  Tuần: {
    unit: 'day',
    stepCount: 7,
    mode: {
      name: 'Tuần',
      step: '7d',
      column_width: 112,
      date_format: 'YYYY-MM-DD',
      lower_text: (d) => weekLabel(d),
      upper_text: onChange(monthYearLabel),
      thick_line: (d) => d.getDate() <= 7,
    },
  },
  Tháng: {
    unit: 'month',
    stepCount: 1,
    mode: {
      name: 'Tháng',
      step: '1m',
      column_width: 132,
      date_format: 'YYYY-MM',
      lower_text: (d) => `Tháng ${d.getMonth() + 1}`,
      upper_text: onChange(yearLabel),
      thick_line: (d) => d.getMonth() % 3 === 0,
      // Drags move by whole days at every zoom (drag-geometry.ts reads the day).
      snap_at: '1d',
    },
  },
  Quý: {
    unit: 'month',
    stepCount: 3,
    mode: {
      name: 'Quý',
      step: '3m',
      column_width: 150,
      date_format: 'YYYY-MM',
      lower_text: (d) => quarterLabel(d),
      upper_text: onChange(yearLabel),
      thick_line: (d) => d.getMonth() === 0,
      snap_at: '1d',
    },
  },
  Năm: {
    unit: 'year',
    stepCount: 1,
    mode: {
      name: 'Năm',
      step: '1y',
      column_width: 180,
      date_format: 'YYYY',
      lower_text: (d) => String(d.getFullYear()),
      upper_text: onChange(decadeLabel),
      snap_at: '1d',
    },
  },
};

export function modeUnit(name: ViewModeName): { unit: ChartUnit; step: number; columnWidth: number } {
  const { unit, stepCount, mode } = MODES[name];
  return { unit, step: stepCount, columnWidth: mode.column_width };
}

/** A fresh mode object (frappe-gantt mutates the ones it is given). */
export function viewMode(name: ViewModeName, padding: [string, string]): GanttViewMode {
  return { ...MODES[name].mode, padding: [...padding] };
}
