/**
 * A plan file → what the preview shows: the plan as read, each unit matched against the registry and
 * the plan already stored under the same number. Reads only; the file is parsed by `parsePlanBytes`.
 */
import path from 'node:path';
import type { ImportPreviewDto } from '../../shared/api/import-preview-contract';
import { UserError } from '../../shared/api/user-error';
import type { AmendablePlan } from '../../shared/plan-amendment/amendable-plan';
import { findAmendedPlan, preambleOf } from '../../shared/plan-amendment/amended-plan';
import type { ParsedPlanDocument } from '../../shared/plan-document/parsed-plan';
import { parsePlanDocument } from '../../shared/plan-document/parse-plan-document';
import { type RegistryUnit, matchUnits } from '../../shared/units/match-units';
import { unitKey } from '../../shared/units/unit-name';
import type { ParsedPlanFile } from '../interop/common/parsed-file';
import { loadAmendableTasks } from '../storage/plan-amendment-store';
import type { PlanRepository } from '../storage/plan-repository';

/** A parsed file as a plan document with the text its line numbers point into. */
export function documentOf(parsed: ParsedPlanFile | { text: string }): {
  document: ParsedPlanDocument;
  sourceText: string;
} {
  if (!('text' in parsed)) return { document: parsed.document, sourceText: parsed.sourceText };
  const outcome = parsePlanDocument(parsed.text);
  if (!outcome.ok) throw new UserError(outcome.message);
  return { document: outcome.document, sourceText: parsed.text };
}

/** The plan's number as the import will store it: the document's, else the file's name. */
export function planCodeOf(document: ParsedPlanDocument, fileName: string): string {
  return document.header.code ?? path.basename(fileName).replace(/\.[^.]+$/, '');
}

export function registryUnits(repository: PlanRepository): RegistryUnit[] {
  return repository.database
    .prepare('SELECT id, name, full_name AS fullName, agency FROM units ORDER BY name')
    .all() as RegistryUnit[];
}

/**
 * A unit of another agency with the same short name as a registered one ("Văn phòng" of a ministry,
 * "Văn phòng" of TANDTC) keeps its full name, so that saving never merges the two.
 */
export function keepAgenciesApart(
  document: ParsedPlanDocument,
  registry: readonly RegistryUnit[],
): ParsedPlanDocument {
  const registered = new Map(registry.map((u) => [unitKey(u.name), u]));
  const renamed = new Map<string, string>();
  const units = document.units.map((unit) => {
    const other = registered.get(unit.key);
    if (!other || unit.agency === null || other.agency === null || other.agency === unit.agency) return unit;
    const key = unitKey(unit.fullName);
    renamed.set(unit.key, key);
    return { ...unit, name: unit.fullName, key };
  });
  if (renamed.size === 0) return document;
  const keyOf = (key: string) => renamed.get(key) ?? key;
  return {
    ...document,
    units,
    items: document.items.map((item) => ({
      ...item,
      leadKeys: item.leadKeys.map(keyOf),
      supportKeys: item.supportKeys.map(keyOf),
    })),
  };
}

export function buildImportPreview(
  repository: PlanRepository,
  parsed: ParsedPlanFile | { text: string },
  fileName: string,
): ImportPreviewDto {
  const registry = registryUnits(repository);
  const read = documentOf(parsed);
  const document = keepAgenciesApart(read.document, registry);
  const { sourceText } = read;
  const code = planCodeOf(document, fileName);
  return {
    fileName: path.basename(fileName),
    document,
    unitMatches: matchUnits(document.units, registry),
    registry: registry.map(({ id, name, agency }) => ({ id, name, agency })),
    amendable: amendablePlanOf(repository, code, preambleOf(document, sourceText)),
    sourceText,
  };
}

/** The stored plan a file is a newer version of, with its tasks in force; null for a new plan. */
export function amendablePlanOf(
  repository: PlanRepository,
  code: string,
  preamble: string,
): AmendablePlan | null {
  const plans = repository.listPlanSummaries();
  const found = findAmendedPlan(code, preamble, plans);
  if (found === null) return null;
  const plan = plans.find((p) => p.id === found.id)!;
  return {
    id: plan.id,
    code: plan.code,
    title: plan.title,
    issuedOn: plan.issuedOn,
    reason: found.reason,
    tasks: loadAmendableTasks(repository.database, plan.id),
  };
}
