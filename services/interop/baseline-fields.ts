/**
 * The plan's own dates (baseline) beside the current ones in exported files, and read back from them:
 * MS Project keeps them as the task's Baseline number 0; the spreadsheet gets two columns. One helper
 * so the exporters' structure stays theirs.
 */
import { type IsoDate, isIsoDate } from '../../shared/dates/iso-date';
import type { TaskView } from '../../shared/plan-view/plan-view-schema';
import { DAY_FINISH, DAY_START } from './mspdi/mspdi-format';

type BaselineNode = { Number: number; Start: string | undefined; Finish: string | undefined };

/** Baseline 0 of a task whose plan gives a day; no Start when the plan gave none (MS Project shows NA). */
export function mspdiBaseline(
  task: Pick<TaskView, 'baselineStart' | 'baselineDeadline'>,
): BaselineNode[] | undefined {
  if (task.baselineDeadline === null && task.baselineStart === null) return undefined;
  return [
    {
      Number: 0,
      Start: task.baselineStart ? `${task.baselineStart}${DAY_START}` : undefined,
      Finish: task.baselineDeadline ? `${task.baselineDeadline}${DAY_FINISH}` : undefined,
    },
  ];
}

export type ReadBaseline = { start: IsoDate | null; deadline: IsoDate | null };

const dayOf = (value: string | undefined): IsoDate | null => {
  const day = value?.slice(0, 10);
  return day !== undefined && isIsoDate(day) ? day : null;
};

/** Baseline 0 as MS Project (or this app) saved it; null when the task has none. */
export function readMspdiBaseline(
  baselines:
    | readonly { Number?: string | undefined; Start?: string | undefined; Finish?: string | undefined }[]
    | undefined,
): ReadBaseline | null {
  const first = baselines?.find((b) => (b.Number ?? '0').trim() === '0');
  if (!first) return null;
  const read = { start: dayOf(first.Start), deadline: dayOf(first.Finish) };
  return read.start === null && read.deadline === null ? null : read;
}

/** The spreadsheet's two columns after the grid: the plan's last day, and how many revisions. */
export const EXCEL_BASELINE_COLUMNS = [
  { key: 'baselineDeadline', header: 'Hạn theo kế hoạch (ngày)', width: 14, type: 'date' as const },
  { key: 'revisionCount', header: 'Số lần điều chỉnh thời hạn', width: 12, type: 'number' as const },
];

export function excelBaselineValues(
  task: Pick<TaskView, 'baselineDeadline' | 'revisionCount'>,
  toExcelDate: (date: IsoDate) => Date,
): { baselineDeadline: Date | null; revisionCount: number } {
  return {
    baselineDeadline: task.baselineDeadline ? toExcelDate(task.baselineDeadline) : null,
    revisionCount: task.revisionCount,
  };
}
