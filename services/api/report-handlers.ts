/** The API methods for reports; generated files travel as base64 in the contract. */
import type { ApiHandlers } from '../../shared/api/dispatcher';
import type { reportMethods } from '../../shared/api/report-contract';
import { UserError } from '../../shared/api/user-error';
import { type IsoDate, todayIso } from '../../shared/dates/iso-date';
import { createMeetingEditing } from '../editing/meeting-editing';
import { createRevisionEditing } from '../editing/revision-editing';
import type { RecordedMeeting } from '../reports/meeting-pack-parts';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import {
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
  const view = (planId: number, asOf: IsoDate): PlanView => {
    const data = repository.loadPlanData(planId);
    if (!data) throw new UserError(`Không tìm thấy kế hoạch (mã ${planId}).`, 'not-found');
    return buildPlanView(data, asOf);
  };
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
    buildStatusReport: async ({ planId, asOf, horizonDays, recommendations }) =>
      asFile(
        await generateStatusReport(view(planId, asOf), loadReportSettings(repository), {
          horizonDays,
          recommendations,
        }),
      ),
    buildUnitReport: async ({ planId, asOf, unitId }) =>
      asFile(await generateUnitReport(view(planId, asOf), loadReportSettings(repository), unitId)),
    buildMeetingPack: async ({ planId, meetingOn, nextMeetingOn, agenda, meetingId }) => {
      const recorded = meetingId === null ? null : recordedMeeting(planId, meetingId);
      return asFile(
        await generateMeetingPack(
          view(planId, recorded?.meeting.heldOn ?? meetingOn),
          loadReportSettings(repository),
          { nextMeetingOn, agenda, recorded },
        ),
      );
    },
    buildConclusionsNotice: async ({ planId, meetingId, documentNumber }) => {
      const recorded = recordedMeeting(planId, meetingId);
      return asFile(
        await generateConclusionsNotice(
          view(planId, recorded.meeting.heldOn),
          loadReportSettings(repository),
          {
            ...recorded,
            revisions: createRevisionEditing(repository.database).byMeeting(meetingId),
            documentNumber,
            issuedOn: todayIso(now()),
          },
        ),
      );
    },
    exportTimelinePicture: async ({ planId, asOf }) =>
      asFile(await generateTimelinePicture(view(planId, asOf))),
  };
}
