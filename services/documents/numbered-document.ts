/**
 * A document made under a number of the register of outgoing documents, the same way from the
 * window and from the command line: a chosen number is checked free before the document is built
 * (so that a taken one is refused before any work, with the document that has it named), and the
 * number is recorded once the document is built (so that a failed build takes no number).
 */
import type { IsoDate } from '../../shared/dates/iso-date';
import type { DocumentKind, RegisterEntry } from '../../shared/documents/document-numbers';
import type { DocumentFile } from '../reports/generate-reports';
import { loadReportSettings } from '../reports/report-settings-store';
import type { PlanRepository } from '../storage/plan-repository';
import type { DocumentRegister } from './document-register';

export type NumberedRequest = {
  /** The series the number is taken in (a status report: BC; a unit's list: CV …). */
  kind: DocumentKind;
  planId: number;
  /** The document's date: its year is the series' year. */
  date: IsoDate;
  /** The number to print and record; null leaves it blank to be written in by hand, unrecorded. */
  seq: number | null;
};

export async function buildNumbered(
  repository: PlanRepository,
  register: DocumentRegister,
  request: NumberedRequest,
  build: () => Promise<DocumentFile>,
): Promise<{ file: DocumentFile; entry: RegisterEntry | null }> {
  const { kind, planId, date, seq } = request;
  if (seq !== null) register.assertFree(kind, date, seq);
  const file = await build();
  if (seq === null) return { file, entry: null };
  const entry = register.reserve({
    kind: file.kind,
    issuedOn: date,
    bodySymbol: loadReportSettings(repository).bodySymbol,
    subject: file.subject,
    fileName: file.fileName,
    planId,
    seq,
  });
  return { file, entry };
}
