import { describe, expect, it } from 'vitest';
import { UNIT, fixtureView } from '../testing/plan-fixture';
import { NO_FILTER, type TaskFilter, filterTasks, isFilterActive } from './filter-tasks';

const view = fixtureView('2021-07-20');
const wbsOf = (filter: Partial<TaskFilter>): string[] =>
  filterTasks(view.tasks, { ...NO_FILTER, ...filter }).map((t) => t.wbs);

describe('filterTasks', () => {
  it('keeps every task without a filter', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(wbsOf({})).toEqual(['1', '1.1', '1.2', '1.3', '1.4', '1.5']);
  });

  it('by unit as lead only', () => {
    expect(wbsOf({ unitId: UNIT.tongHop, unitRole: 'lead' })).toEqual(['1.1']);
  });

  it('by unit as lead or support', () => {
    expect(wbsOf({ unitId: UNIT.tongHop, unitRole: 'lead-or-support' })).toEqual(['1.1', '1.3']);
    expect(wbsOf({ unitId: UNIT.lienQuan, unitRole: 'lead-or-support' })).toEqual(['1.1', '1.2', '1.4']);
  });

  it('by status', () => {
    expect(wbsOf({ statuses: ['deadline-unknown'] })).toEqual(['1.5']);
    // The group takes the most urgent status of its children.
    expect(wbsOf({ statuses: ['overdue'] })).toEqual(['1', '1.1', '1.2', '1.3']);
    expect(wbsOf({ statuses: ['overdue', 'deadline-unknown'] })).toEqual(['1', '1.1', '1.2', '1.3', '1.5']);
  });

  it('searches without diacritics, across title and unit names', () => {
    expect(wbsOf({ search: 'tong hop' })).toEqual(['1.1', '1.3']);
    expect(wbsOf({ search: 'DE CUONG' })).toEqual(['1.4']);
    expect(wbsOf({ search: 'phap che khoa hoc' })).toEqual(['1.2']);
    expect(wbsOf({ search: '1.5' })).toEqual(['1.5']);
  });

  it('combines unit, status and search', () => {
    expect(
      wbsOf({ unitId: UNIT.lienQuan, unitRole: 'lead-or-support', statuses: ['overdue'], search: 'bao cao' }),
    ).toEqual(['1.1', '1.2']);
  });
});
