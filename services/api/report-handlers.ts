/**
 * The API methods for reports; generated files travel as base64 in the contract. A report made
 * with a number takes it in the register of outgoing documents: the number is checked free before
 * the document is built, and recorded once it is.
 */
import type { ApiHandlers } from '../../shared/api/dispatcher';
import type { reportMethods } from '../../shared/api/report-contract';
import { UserError, planNotFound } from '../../shared/api/user-error';
import { type IsoDate, todayIso } from '../../shared/dates/iso-date';
import type { DocumentKind } from '../../shared/documents/document-numbers';
import { createMeetingEditing } from '../editing/meeting-editing';
import { createRevisionEditing } from '../editing/revision-editing';
import type { RecordedMeeting } from '../reports/meeting-pack-parts';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { createDocumentRegister } from '../documents/document-register';
import { buildNumbered } from '../documents/numbered-document';
import { draftRecommendations } from '../reports/content/recommendation-draft';
import {
  type DocumentFile,
  type ReportFile,
  generateConclusionsNotice,
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
  now: () => Date = () => new Date(),
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
  ) => asFile((await buildNumbered(repository, register, { kind, planId, date, seq }, build)).file);

  /** A meeting of this plan, with its participants named as the registry names them. */
  const recordedMeeting = (planId: number, meetingId: number): RecordedMeeting => {
    const meeting = createMeetingEditing(repository.database).get(meetingId);
    if (meeting.planId !== planId) throw new UserError('Cuộc họp không thuộc kế hoạch này.', 'not-found');
    const names = new Map(
      (repository.database.prepare('SELECT id, name FROM units').all() as { id: number; name: string }[]).map(
        (u) => [u.id, u.name],
      ),
    );
    return {
      meeting,
      participantNames: meeting.participantUnitIds.map((id) => names.get(id) ?? `đơn vị ${id}`),
    };
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
    buildMeetingPack: ({ planId, meetingOn, nextMeetingOn, agenda, documentNumber, meetingId }) => {
      const recorded = meetingId === null ? null : recordedMeeting(planId, meetingId);
      const day = recorded?.meeting.heldOn ?? meetingOn;
      return numbered('BC', planId, day, documentNumber, () =>
        generateMeetingPack(view(planId, day), loadReportSettings(repository), {
          nextMeetingOn,
          agenda,
          documentNumber,
          recorded,
        }),
      );
    },
    buildConclusionsNotice: ({ planId, meetingId, documentNumber }) => {
      const recorded = recordedMeeting(planId, meetingId);
      const issuedOn = todayIso(now());
      return numbered('TB', planId, issuedOn, documentNumber, () =>
        generateConclusionsNotice(view(planId, recorded.meeting.heldOn), loadReportSettings(repository), {
          ...recorded,
          revisions: createRevisionEditing(repository.database).byMeeting(meetingId),
          documentNumber,
          issuedOn,
        }),
      );
    },
    exportTimelinePicture: async ({ planId, asOf }) =>
      asFile(await generateTimelinePicture(view(planId, asOf))),
  };
}
