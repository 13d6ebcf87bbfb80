/**
 * One bar per visible row, in row order, with what the chart needs to draw it. frappe-gantt drops
 * any task it finds invalid, which would shift every later bar off its grid row, so every row gets
 * a valid date range here, however incomplete its data.
 */
import { type IsoDate, addDays, daysBetween } from '../../../shared/dates/iso-date';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { type LaneRow, type VisibleRow, taskRowKey } from '../filters/visible-rows';
import { truncateWords } from '../text/truncate-words';
import { type BaselineRange, baselineRange } from './baseline-ghosts';

export type BarKind = 'task' | 'summary' | 'milestone' | 'lane';

export type BarSpec = {
  /** The row key ("t12", "lane-3"), also frappe-gantt's task id. */
  id: string;
  /**
   * Plain text shown beside the bar, in full (frappe-gantt escapes nothing: see GanttChart).
   * Shortened by barLabel only for the bars drawn, so a plan of thousands of rows costs nothing here.
   */
  label: string;
  /** Full text for the tooltip. */
  tooltip: string;
  start: IsoDate;
  /** Last day, inclusive. */
  end: IsoDate;
  progress: number;
  dependencies: string[];
  kind: BarKind;
  /** The lead unit's colour; null draws the neutral hatched style. */
  color: string | null;
  wbs: string | null;
  taskId: number | null;
  unitId: number | null;
  overdue: boolean;
  deadlineUnknown: boolean;
  /** No date at all: the row keeps its place but no bar is drawn. */
  undated: boolean;
  /** The plan's own span of a revised task, drawn as a ghost under the bar (see baseline-ghosts). */
  baseline: BaselineRange | null;
};

/** A task without a deadline is drawn this many days long from its start, hatched. */
export const UNKNOWN_DEADLINE_DAYS = 14;
/** frappe-gantt refuses tasks longer than ten years. */
const MAX_DAYS = 3650;
const LABEL_CHARS = 64;

type Range = { start: IsoDate; end: IsoDate };

function validRange(start: IsoDate, end: IsoDate): Range {
  if (end < start) return { start: end, end: start };
  if (daysBetween(start, end) > MAX_DAYS) return { start, end: addDays(start, MAX_DAYS) };
  return { start, end };
}

/** Where a task's bar goes, and whether it has any date at all. */
function taskRange(task: TaskView, fallbackDate: IsoDate): Range & { undated: boolean } {
  const anchor = task.spanStart ?? task.spanEnd;
  if (anchor === null) return { start: fallbackDate, end: fallbackDate, undated: true };
  if (hasUnknownDeadline(task))
    return { start: anchor, end: addDays(anchor, UNKNOWN_DEADLINE_DAYS - 1), undated: false };
  if (isPoint(task)) return { start: task.spanEnd ?? anchor, end: task.spanEnd ?? anchor, undated: false };
  return { ...validRange(anchor, task.spanEnd ?? anchor), undated: false };
}

const hasUnknownDeadline = (task: TaskView): boolean =>
  task.status === 'deadline-unknown' && task.spanEnd === null;
const isPoint = (task: TaskView): boolean =>
  task.childIds.length === 0 && (task.kind === 'milestone' || task.kind === 'meeting');

/** A lane's bar covers its tasks' dated bars. */
function laneRange(row: LaneRow, fallbackDate: IsoDate): Range & { undated: boolean } {
  const ranges = row.tasks.map((t) => taskRange(t, fallbackDate)).filter((r) => !r.undated);
  const start = ranges.reduce<IsoDate | null>((a, r) => (a === null || r.start < a ? r.start : a), null);
  const end = ranges.reduce<IsoDate | null>((a, r) => (a === null || r.end > a ? r.end : a), null);
  return { ...validRange(start ?? fallbackDate, end ?? start ?? fallbackDate), undated: start === null };
}

function laneBar(row: LaneRow, fallbackDate: IsoDate): BarSpec {
  const name = row.unit?.name ?? 'Chưa xác định đơn vị chủ trì';
  const { undated, ...range } = laneRange(row, fallbackDate);
  return {
    id: row.key,
    label: name,
    tooltip: `${name} — ${row.taskCount} nhiệm vụ chủ trì`,
    ...range,
    progress: 0,
    dependencies: [],
    kind: 'lane',
    color: row.unit?.color ?? null,
    wbs: null,
    taskId: null,
    unitId: row.unit?.id ?? null,
    overdue: row.lateCount > 0,
    deadlineUnknown: false,
    undated,
    baseline: null,
  };
}

/** The text drawn beside a bar: its label shortened at a word boundary. */
export const barLabel = (bar: BarSpec): string => truncateWords(bar.label, LABEL_CHARS);

/**
 * The dates covered by the bars toBarSpecs would make for these rows, without making them: the
 * chart spans all rows while drawing only some.
 */
export function barRange(rows: readonly VisibleRow[], fallbackDate: IsoDate): Range | null {
  let start: IsoDate | null = null;
  let end: IsoDate | null = null;
  for (const row of rows) {
    const range = row.kind === 'lane' ? laneRange(row, fallbackDate) : taskRange(row.task, fallbackDate);
    if (start === null || range.start < start) start = range.start;
    if (end === null || range.end > end) end = range.end;
  }
  return start !== null && end !== null ? { start, end } : null;
}

/** One bar per row; a dependency is kept when its predecessor is among these rows. */
export function toBarSpecs(rows: readonly VisibleRow[], fallbackDate: IsoDate): BarSpec[] {
  const present = new Set(rows.map((r) => r.key));
  return rows.map((row): BarSpec => {
    if (row.kind === 'lane') return laneBar(row, fallbackDate);
    const task = row.task;
    const deadlineUnknown = hasUnknownDeadline(task);
    const { undated, ...range } = taskRange(task, fallbackDate);
    const removed = task.status === 'removed';
    const text = `${task.wbs} ${task.title}${removed ? ' (đã bỏ khỏi kế hoạch)' : ''}`;
    return {
      id: row.key,
      label: text,
      tooltip: text,
      ...range,
      progress: task.progress,
      dependencies: task.dependsOn.map((d) => taskRowKey(d.taskId)).filter((key) => present.has(key)),
      kind: task.childIds.length > 0 ? 'summary' : isPoint(task) && !deadlineUnknown ? 'milestone' : 'task',
      // The principal lead's colour (a co-led task has one bar); grey: no unit answers for a task
      // dropped from the plan.
      color: removed ? null : (task.leads[0]?.color ?? null),
      wbs: task.wbs,
      taskId: task.id,
      unitId: task.leads[0]?.id ?? null,
      overdue: task.status === 'overdue',
      deadlineUnknown,
      undated,
      baseline: undated ? null : baselineRange(task, range),
    };
  });
}
