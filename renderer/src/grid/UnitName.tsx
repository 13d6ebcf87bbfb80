import type { UnitRef } from '../../../shared/plan-view/plan-view-schema';
import { leadsText } from '../../../shared/units/lead-units';

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

/**
 * Every lead unit of a task: the principal one's swatch (its colour is the bar's), then the names in
 * the one wording used everywhere, "Vụ A, Cục B (đồng chủ trì)".
 */
export function LeadNames({ leads, wrap = false }: { leads: readonly UnitRef[]; wrap?: boolean }) {
  const [first] = leads;
  if (first === undefined) return null;
  if (leads.length === 1) return <UnitName unit={first} wrap={wrap} />;
  const text = leadsText(leads);
  return (
    <span className="unit-name" title={text} data-testid="co-leads">
      <span className="unit-swatch" style={{ backgroundColor: first.color }} aria-hidden="true" />
      <span className={wrap ? 'cell-text two-lines' : 'cell-text'}>{text}</span>
    </span>
  );
}
