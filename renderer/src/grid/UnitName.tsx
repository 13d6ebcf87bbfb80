import type { UnitRef } from '../../../shared/plan-view/plan-view-schema';

/**
 * A unit's colour swatch and name, cut with an ellipsis when narrow (full name on hover);
 * `wrap` allows two lines first, as in the grid's rows.
 */
export function UnitName({ unit, wrap = false }: { unit: UnitRef; wrap?: boolean }) {
  return (
    <span className="unit-name" title={unit.name}>
      <span className="unit-swatch" style={{ backgroundColor: unit.color }} aria-hidden="true" />
      <span className={wrap ? 'cell-text two-lines' : 'cell-text'}>{unit.name}</span>
    </span>
  );
}
