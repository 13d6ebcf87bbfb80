/** The API methods for reports; generated files travel as base64 in the contract. */
import type { ApiHandlers } from '../../shared/api/dispatcher';
import type { reportMethods } from '../../shared/api/report-contract';
import { planNotFound } from '../../shared/api/user-error';
import type { IsoDate } from '../../shared/dates/iso-date';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import {
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
  const view = (planId: number, asOf: IsoDate): PlanView => {
    const data = repository.loadPlanData(planId);
    if (!data) throw planNotFound(planId);
    return buildPlanView(data, asOf);
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
    buildMeetingPack: async ({ planId, meetingOn, nextMeetingOn, agenda }) =>
      asFile(
        await generateMeetingPack(view(planId, meetingOn), loadReportSettings(repository), {
          nextMeetingOn,
          agenda,
        }),
      ),
    exportTimelinePicture: async ({ planId, asOf }) =>
      asFile(await generateTimelinePicture(view(planId, asOf))),
  };
}
