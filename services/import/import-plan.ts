/** Document → parser → domain → storage, in one transaction. */
import { UserError } from '../../shared/api/user-error';
import { parsePlanDocument } from '../../shared/plan-document/parse-plan-document';
import type { ImportOptions, ImportSummary, PlanRepository } from '../storage/plan-repository';

export function importPlanText(
  repository: PlanRepository,
  text: string,
  sourceName: string,
  options: ImportOptions = {},
): ImportSummary {
  const outcome = parsePlanDocument(text);
  if (!outcome.ok) throw new UserError(outcome.message);
  return repository.importDocument(outcome.document, { name: sourceName, text }, options);
}
