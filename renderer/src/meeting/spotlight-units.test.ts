import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../filters/filter-tasks';
import { buildVisibleRows } from '../filters/visible-rows';
import { UNIT, fixtureView } from '../testing/plan-fixture';
import { barColourUnits, rowKeysOfUnit, spotlightUnits, stepSpotlight } from './spotlight-units';

const rows = buildVisibleRows(fixtureView('2021-07-20').tasks, {
  filter: NO_FILTER,
  collapsed: new Set(),
  groupByLead: false,
});

describe('spotlight units', () => {
  it('lists lead units in row order, once each', () => {
    expect(spotlightUnits(rows).map((u) => u.name)).toEqual([
      'Vụ Tổng hợp',
      'Vụ Pháp chế và Quản lý khoa học',
      'Vụ Hợp tác quốc tế',
      'Tổ giúp việc',
    ]);
  });

  it('steps forward and back, wrapping around', () => {
    expect(stepSpotlight(null, 4, 1)).toBe(0);
    expect(stepSpotlight(null, 4, -1)).toBe(3);
    expect(stepSpotlight(3, 4, 1)).toBe(0);
    expect(stepSpotlight(0, 4, -1)).toBe(3);
    expect(stepSpotlight(null, 0, 1)).toBeNull();
  });

  it('finds the rows of a unit, lane header included', () => {
    expect(rowKeysOfUnit(rows, UNIT.tongHop)).toEqual(['t11']);
    const lanes = buildVisibleRows(fixtureView('2021-07-20').tasks, {
      filter: NO_FILTER,
      collapsed: new Set(),
      groupByLead: true,
    });
    expect(rowKeysOfUnit(lanes, UNIT.tongHop)).toEqual(['lane-1', 't11']);
  });

  it('gives a co-lead its turn and its rows, while the legend keeps the bar colours only', () => {
    const view = fixtureView('2021-07-20');
    const t12 = view.tasks.find((t) => t.wbs === '1.2')!;
    const tongHop = view.tasks.find((t) => t.wbs === '1.1')!.leads[0]!;
    const coLed = view.tasks.map((t) => (t.id === t12.id ? { ...t, leads: [...t.leads, tongHop] } : t));
    const coRows = buildVisibleRows(coLed, { filter: NO_FILTER, collapsed: new Set(), groupByLead: false });
    expect(rowKeysOfUnit(coRows, UNIT.tongHop)).toEqual(['t11', `t${t12.id}`]);
    expect(barColourUnits(coRows).map((u) => u.name)).toEqual(spotlightUnits(rows).map((u) => u.name));
    const withOnlyCoLead = coRows.filter((r) => r.kind !== 'task' || r.task.wbs !== '1.1');
    expect(spotlightUnits(withOnlyCoLead).map((u) => u.name)).toContain('Vụ Tổng hợp');
    expect(barColourUnits(withOnlyCoLead).map((u) => u.name)).not.toContain('Vụ Tổng hợp');
  });

  it('leaves out the unit of a task dropped from the plan: no colour in the legend, no turn', () => {
    const view = fixtureView('2021-07-20');
    const dropped = view.tasks.find((t) => t.wbs === '1.3')!;
    const tasks = view.tasks.map((t) => (t.id === dropped.id ? { ...t, status: 'removed' as const } : t));
    const after = buildVisibleRows(tasks, { filter: NO_FILTER, collapsed: new Set(), groupByLead: false });
    const name = dropped.leads[0]!.name;
    expect(spotlightUnits(rows).map((u) => u.name)).toContain(name);
    expect(spotlightUnits(after).map((u) => u.name)).not.toContain(name);
    expect(barColourUnits(after).map((u) => u.name)).not.toContain(name);
  });
});
