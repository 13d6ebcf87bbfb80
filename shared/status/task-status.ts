/**
 * A task's status as of a chosen date. Computed on demand, never stored, so that the
 * "Tình hình đến ngày" picker can move through time without touching the data.
 */
import { type IsoDate, daysBetween } from '../dates/iso-date';

export const TASK_STATUSES = [
  'not-started',
  'in-progress',
  'due-soon',
  'overdue',
  'done',
  'done-late',
  'deadline-unknown',
  'removed',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * The statuses a plan's tasks are counted by: every one but 'removed' (a task a newer version of the
 * plan dropped, kept with its history, not part of the plan any more).
 */
export const COUNTED_STATUSES = TASK_STATUSES.filter(
  (s): s is Exclude<TaskStatus, 'removed'> => s !== 'removed',
);

export const STATUS_LABELS: Record<TaskStatus, string> = {
  'not-started': 'Chưa bắt đầu',
  'in-progress': 'Đang thực hiện',
  'due-soon': 'Sắp đến hạn',
  overdue: 'Quá hạn',
  done: 'Hoàn thành',
  'done-late': 'Hoàn thành muộn',
  'deadline-unknown': 'Chưa rõ thời hạn',
  removed: 'Đã bỏ khỏi kế hoạch',
};

/** A deadline this close (in days, inclusive) counts as due soon. */
export const DUE_SOON_DAYS = 7;

export type StatusInput = {
  start: IsoDate | null;
  deadline: IsoDate | null;
  completedOn: IsoDate | null;
};

export function taskStatusAsOf(task: StatusInput, asOf: IsoDate): TaskStatus {
  // Completion only counts from the day it happened: looking back before it, the task was still open.
  if (task.completedOn !== null && task.completedOn <= asOf) {
    return task.deadline !== null && task.completedOn > task.deadline ? 'done-late' : 'done';
  }
  if (task.deadline === null) return 'deadline-unknown';
  const daysLeft = daysBetween(asOf, task.deadline);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'due-soon';
  if (task.start !== null && task.start > asOf) return 'not-started';
  return 'in-progress';
}
