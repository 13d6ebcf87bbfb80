/**
 * What is remembered per plan on this computer, so that reopening a plan (after a reload, a switch to
 * another plan, loading the coordination documents or a restart) shows it as it was left: status date,
 * zoom, filters, grouping, collapsed groups and the scroll position. Each value is checked on reading.
 */
import { isIsoDate, type IsoDate } from '../../../shared/dates/iso-date';
import { TASK_STATUSES } from '../../../shared/status/task-status';
import type { TaskFilter } from '../filters/filter-tasks';

export const planPrefKey = (planId: number, name: string): string => `plan.${planId}.${name}`;

export const isAsOf = (v: unknown): v is IsoDate | null => v === null || isIsoDate(v);

export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

export function isTaskFilter(v: unknown): v is TaskFilter {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Record<string, unknown>;
  return (
    (f.unitId === null || (typeof f.unitId === 'number' && Number.isInteger(f.unitId))) &&
    (f.unitRole === 'lead' || f.unitRole === 'lead-or-support') &&
    Array.isArray(f.statuses) &&
    f.statuses.every((s) => (TASK_STATUSES as readonly unknown[]).includes(s)) &&
    typeof f.search === 'string'
  );
}

export const isKeyList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 10_000 && v.every((k) => typeof k === 'string');

export type ScrollPlace = { leftDate: IsoDate; top: number };

export function isScrollPlace(v: unknown): v is ScrollPlace | null {
  if (v === null) return true;
  if (typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return isIsoDate(p.leftDate) && typeof p.top === 'number' && Number.isFinite(p.top) && p.top >= 0;
}
