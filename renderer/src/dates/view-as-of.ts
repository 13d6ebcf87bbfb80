/** The plan's view for the chosen status date, or for the default date when none is chosen. */
import type { IsoDate } from '../../../shared/dates/iso-date';
import { type PlanData, buildPlanView } from '../../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { defaultAsOf } from './default-as-of';

export function viewAsOf(data: PlanData, requestedAsOf: IsoDate | null, today: IsoDate): PlanView {
  if (requestedAsOf !== null) return buildPlanView(data, requestedAsOf);
  // The span does not depend on the date, so the view for today tells which date is the default.
  const first = buildPlanView(data, today);
  const chosen = defaultAsOf(first.span, today).date;
  return chosen === first.asOf ? first : buildPlanView(data, chosen);
}
