/** In meeting mode the arrow keys walk through the lead units shown, in the order their rows appear. */
import type { UnitRef } from '../../../shared/plan-view/plan-view-schema';
import type { VisibleRow } from '../filters/visible-rows';

export function spotlightUnits(rows: readonly VisibleRow[]): UnitRef[] {
  return unitsOfRows(rows, (leads) => leads);
}

/** The units whose colour a bar shows, in row order: the principal lead of each task (a bar has one). */
export function barColourUnits(rows: readonly VisibleRow[]): UnitRef[] {
  return unitsOfRows(rows, (leads) => leads.slice(0, 1));
}

function unitsOfRows(
  rows: readonly VisibleRow[],
  pick: (leads: readonly UnitRef[]) => readonly UnitRef[],
): UnitRef[] {
  const seen = new Map<number, UnitRef>();
  for (const row of rows) {
    // A co-lead is as much in charge as the principal lead: the spotlight gives it its turn too.
    // A task dropped from the plan is grey and answers to no unit: it lends none a colour or a turn.
    const units =
      row.kind === 'lane'
        ? row.unit
          ? [row.unit]
          : []
        : row.task.status === 'removed'
          ? []
          : pick(row.task.leads);
    for (const unit of units) if (!seen.has(unit.id)) seen.set(unit.id, unit);
  }
  return [...seen.values()];
}

/** The next (or previous) position, wrapping around; the first step from nothing starts at an end. */
export function stepSpotlight(current: number | null, count: number, delta: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null) return delta === 1 ? 0 : count - 1;
  return (((current + delta) % count) + count) % count;
}

/** Keys of the rows that belong to a unit: its lane header and the tasks it leads. */
export function rowKeysOfUnit(rows: readonly VisibleRow[], unitId: number): string[] {
  return rows
    .filter((row) =>
      row.kind === 'lane' ? row.unit?.id === unitId : row.task.leads.some((u) => u.id === unitId),
    )
    .map((row) => row.key);
}
