/**
 * One bar per visible row, in row order, with what the chart needs to draw it. frappe-gantt drops
 * any task it finds invalid, which would shift every later bar off its grid row, so every row gets
 * a valid date range here, however incomplete its data.
 */
import { type IsoDate, addDays, daysBetween } from '../../../shared/dates/iso-date';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { type LaneRow, type VisibleRow, taskRowKey } from '../filters/visible-rows';
import { truncateWords } from '../text/truncate-words';

export type BarKind = 'task' | 'summary' | 'milestone' | 'lane';

export type BarSpec = {
  /** The row key ("t12", "lane-3"), also frappe-gantt's task id. */
  id: string;
  /** Plain text shown beside the bar (frappe-gantt escapes nothing: see GanttChart). */
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

function laneBar(row: LaneRow, fallbackDate: IsoDate): BarSpec {
  const name = row.unit?.name ?? 'Chưa xác định đơn vị chủ trì';
  const ranges = row.tasks.map((t) => taskRange(t, fallbackDate)).filter((r) => !r.undated);
  const start = ranges.reduce<IsoDate | null>((a, r) => (a === null || r.start < a ? r.start : a), null);
  const end = ranges.reduce<IsoDate | null>((a, r) => (a === null || r.end > a ? r.end : a), null);
  return {
    id: row.key,
    label: truncateWords(name, LABEL_CHARS),
    tooltip: `${name} — ${row.taskCount} nhiệm vụ chủ trì`,
    ...validRange(start ?? fallbackDate, end ?? start ?? fallbackDate),
    progress: 0,
    dependencies: [],
    kind: 'lane',
    color: row.unit?.color ?? null,
    wbs: null,
    taskId: null,
    unitId: row.unit?.id ?? null,
    overdue: row.lateCount > 0,
    deadlineUnknown: false,
    undated: start === null,
  };
}

export function toBarSpecs(rows: readonly VisibleRow[], fallbackDate: IsoDate): BarSpec[] {
  const present = new Set(rows.map((r) => r.key));
  return rows.map((row): BarSpec => {
    if (row.kind === 'lane') return laneBar(row, fallbackDate);
    const task = row.task;
    const deadlineUnknown = hasUnknownDeadline(task);
    const { undated, ...range } = taskRange(task, fallbackDate);
    const text = `${task.wbs} ${task.title}`;
    return {
      id: row.key,
      label: truncateWords(text, LABEL_CHARS),
      tooltip: text,
      ...range,
      progress: task.progress,
      dependencies: task.dependsOn.map((d) => taskRowKey(d.taskId)).filter((key) => present.has(key)),
      kind: task.childIds.length > 0 ? 'summary' : isPoint(task) && !deadlineUnknown ? 'milestone' : 'task',
      color: task.lead?.color ?? null,
      wbs: task.wbs,
      taskId: task.id,
      unitId: task.lead?.id ?? null,
      overdue: task.status === 'overdue',
      deadlineUnknown,
      undated,
    };
  });
}
