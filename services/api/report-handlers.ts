/**
 * The API methods for reports; generated files travel as base64 in the contract. A report made
 * with a number takes it in the register of outgoing documents: the number is checked free before
 * the document is built, and recorded once it is.
 */
import type { ApiHandlers } from '../../shared/api/dispatcher';
import type { reportMethods } from '../../shared/api/report-contract';
import { planNotFound } from '../../shared/api/user-error';
import type { IsoDate } from '../../shared/dates/iso-date';
import type { DocumentKind } from '../../shared/documents/document-numbers';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { createDocumentRegister } from '../documents/document-register';
import { draftRecommendations } from '../reports/content/recommendation-draft';
import {
  type DocumentFile,
  type ReportFile,
  generateMeetingPack,
  generateStatusReport,
  generateTimelinePicture,
  generateUnitReport,
} from '../reports/generate-reports';
import { loadReportSettings, saveReportSettings } from '../reports/report-settings-store';
import type { PlanRepository } from '../storage/plan-repository';

const asFile = ({ fileName, data }: ReportFile) => ({ fileName, base64: data.toString('base64') });

export function createReportHandlers(
  repository: PlanRepository,
): Pick<ApiHandlers, keyof typeof reportMethods> {
  const register = createDocumentRegister(repository.database);
  const view = (planId: number, asOf: IsoDate): PlanView => {
    const data = repository.loadPlanData(planId);
    if (!data) throw planNotFound(planId);
    return buildPlanView(data, asOf);
  };
  /** Builds a document under `seq` (if any), then records it in the register. */
  const numbered = async (
    kind: DocumentKind,
    planId: number,
    date: IsoDate,
    seq: number | null,
    build: () => Promise<DocumentFile>,
  ) => {
    if (seq !== null) register.assertFree(kind, date, seq);
    const file = await build();
    if (seq !== null)
      register.reserve({
        kind: file.kind,
        issuedOn: date,
        bodySymbol: loadReportSettings(repository).bodySymbol,
        subject: file.subject,
        fileName: file.fileName,
        planId,
        seq,
      });
    return asFile(file);
  };
  return {
    getReportSettings: () => loadReportSettings(repository),
    saveReportSettings: (settings) => saveReportSettings(repository, settings),
    draftRecommendations: ({ planId, asOf }) => ({ text: draftRecommendations(view(planId, asOf)) }),
    buildStatusReport: ({ planId, asOf, horizonDays, recommendations, documentNumber }) =>
      numbered('BC', planId, asOf, documentNumber, () =>
        generateStatusReport(view(planId, asOf), loadReportSettings(repository), {
          horizonDays,
          recommendations,
          documentNumber,
        }),
      ),
    buildUnitReport: ({ planId, asOf, unitId, documentNumber }) =>
      numbered('CV', planId, asOf, documentNumber, () =>
        generateUnitReport(view(planId, asOf), loadReportSettings(repository), unitId, documentNumber),
      ),
    buildMeetingPack: ({ planId, meetingOn, nextMeetingOn, agenda, documentNumber }) =>
      numbered('BC', planId, meetingOn, documentNumber, () =>
        generateMeetingPack(view(planId, meetingOn), loadReportSettings(repository), {
          nextMeetingOn,
          agenda,
          documentNumber,
        }),
      ),
    exportTimelinePicture: async ({ planId, asOf }) =>
      asFile(await generateTimelinePicture(view(planId, asOf))),
  };
}
