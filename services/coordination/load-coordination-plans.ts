/**
 * The coordination documents shipped with the app, offered as plans in one click: each is read by
 * the duty extractor and imported like any plan. Already loaded ones are left as they are.
 */
import { COORDINATION_DOCUMENTS } from '../../shared/default-plan/coordination-texts';
import type { ParsedPlanDocument } from '../../shared/plan-document/parsed-plan';
import type { ImportSummary, PlanRepository } from '../storage/plan-repository';
import { extractCoordinationDuties } from './extract-duties';

export type ShippedPlan = {
  fileName: string;
  code: string;
  title: string;
  dutyCount: number;
  loaded: boolean;
};

const codeOf = (doc: ParsedPlanDocument, fileName: string) =>
  doc.header.code ?? fileName.replace(/\.[^.]+$/, '');

export function listShippedPlans(repository: PlanRepository): ShippedPlan[] {
  return COORDINATION_DOCUMENTS.map(({ fileName, text }) => {
    const doc = extractCoordinationDuties(text);
    const code = codeOf(doc, fileName);
    return {
      fileName,
      code,
      title: doc.header.title ?? fileName,
      dutyCount: doc.items.length,
      loaded: repository.findPlanIdByCode(code) !== null,
    };
  });
}

/** Imports every shipped document not yet in the database, all in one transaction. */
export function loadCoordinationPlans(repository: PlanRepository, now: Date = new Date()): ImportSummary[] {
  return repository.database.transaction(() => {
    const loaded: ImportSummary[] = [];
    for (const { fileName, text } of COORDINATION_DOCUMENTS) {
      const doc = extractCoordinationDuties(text);
      if (repository.findPlanIdByCode(codeOf(doc, fileName)) !== null) continue;
      loaded.push(repository.importDocument(doc, { name: fileName, text }, { now }));
    }
    return loaded;
  })();
}
