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
 * Every lead unit of a task. In a grid cell (`compact`) each lead has a line of its own with its
 * swatch, so that a co-lead is seen without hovering (a third and more are counted: "+1"); elsewhere
 * the one wording used everywhere, "Vụ A, Cục B (đồng chủ trì)", in full. The full wording is the
 * title either way.
 */
export function LeadNames({ leads, compact = false }: { leads: readonly UnitRef[]; compact?: boolean }) {
  const [first, second] = leads;
  if (first === undefined) return null;
  if (second === undefined) return <UnitName unit={first} wrap={compact} />;
  const text = leadsText(leads);
  if (!compact) {
    return (
      <span className="unit-name" title={text} data-testid="co-leads">
        <span className="unit-swatch" style={{ backgroundColor: first.color }} aria-hidden="true" />
        <span className="cell-text">{text}</span>
      </span>
    );
  }
  const more = leads.length - 2;
  return (
    <span className="lead-names" title={text} aria-label={text} data-testid="co-leads">
      {[first, second].map((unit, i) => (
        <span key={unit.id} className="unit-name">
          <span className="unit-swatch" style={{ backgroundColor: unit.color }} aria-hidden="true" />
          <span className="cell-text">
            {unit.name}
            {i === 1 && more > 0 ? ` +${more}` : ''}
          </span>
        </span>
      ))}
    </span>
  );
}
