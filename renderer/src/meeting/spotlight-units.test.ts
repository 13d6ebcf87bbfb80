import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../filters/filter-tasks';
import { buildVisibleRows } from '../filters/visible-rows';
import { UNIT, fixtureView } from '../testing/plan-fixture';
import { rowKeysOfUnit, spotlightUnits, stepSpotlight } from './spotlight-units';

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
});
