import type { ParsedPlanDocument } from '../../../shared/plan-document/parsed-plan';
import type { ImportSchedule } from '../../storage/plan-repository';

/** A plan file read and checked, ready for one import transaction. */
export type ParsedPlanFile = {
  document: ParsedPlanDocument;
  /** What a spreadsheet or MS Project file adds: own starts, links, progress. Empty for documents. */
  schedule: ImportSchedule;
  /** The text kept as the plan's source; warnings' line numbers point into it. */
  sourceText: string;
};

export const EMPTY_SCHEDULE: ImportSchedule = { starts: [], dependencies: [], progress: [] };

/** At most this many problems are listed in one refusal: the rest are counted. */
export const MAX_LISTED_PROBLEMS = 8;

/** "Tệp … có 3 chỗ chưa đúng nên chưa nhập gì: …" — every problem of a file in one message. */
export function describeProblems(fileName: string, problems: string[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `• ${p}`);
  const more =
    problems.length > MAX_LISTED_PROBLEMS ? [`… và ${problems.length - MAX_LISTED_PROBLEMS} chỗ khác.`] : [];
  return [`Tệp “${fileName}” có ${problems.length} chỗ chưa đúng nên chưa nhập gì:`, ...listed, ...more].join(
    '\n',
  );
}
