/** Plan view + settings + the user's choices → the finished file, for the API and the command line. */
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import type {
  MeetingPackRequest,
  ReportSettings,
  StatusReportRequest,
  UnitReportRequest,
} from '../../shared/reports/report-schemas';
import { timelineSvgLayout } from '../../shared/timeline-picture/timeline-svg';
import { renderTimelinePng } from '../timeline-picture/render-timeline-png';
import { type ConclusionsNoticeInput, conclusionsNoticeDocument } from './conclusions-notice';
import {
  conclusionsNoticeFileName,
  meetingPackFileName,
  statusReportFileName,
  timelinePictureFileName,
  unitReportFileName,
} from './file-names';
import { buildAdministrativeDocument, packDocument } from './format/administrative-document';
import { meetingPackDocument } from './meeting-pack';
import type { RecordedMeeting } from './meeting-pack-parts';
import { statusReportDocument } from './status-report';
import { renderTimelineOverview } from './timeline-figure';
import { findUnit, unitReportDocument } from './unit-report';

export type ReportFile = { fileName: string; data: Buffer };

export async function generateStatusReport(
  view: PlanView,
  settings: ReportSettings,
  options: Pick<StatusReportRequest, 'horizonDays' | 'recommendations'>,
): Promise<ReportFile> {
  const timeline = renderTimelineOverview(view);
  const document = buildAdministrativeDocument(statusReportDocument(view, settings, options, timeline));
  return { fileName: statusReportFileName(view.plan.code, view.asOf), data: await packDocument(document) };
}

export async function generateUnitReport(
  view: PlanView,
  settings: ReportSettings,
  unitId: UnitReportRequest['unitId'],
): Promise<ReportFile> {
  const unit = unitId === null ? null : findUnit(view, unitId);
  const document = buildAdministrativeDocument(unitReportDocument(view, settings, unit));
  return {
    fileName: unitReportFileName(view.plan.code, view.asOf, unit?.name ?? null),
    data: await packDocument(document),
  };
}

export async function generateMeetingPack(
  view: PlanView,
  settings: ReportSettings,
  options: Pick<MeetingPackRequest, 'nextMeetingOn' | 'agenda'> & { recorded?: RecordedMeeting | null },
): Promise<ReportFile> {
  const document = buildAdministrativeDocument(meetingPackDocument(view, settings, options));
  return { fileName: meetingPackFileName(view.plan.code, view.asOf), data: await packDocument(document) };
}

export async function generateConclusionsNotice(
  view: PlanView,
  settings: ReportSettings,
  input: ConclusionsNoticeInput,
): Promise<ReportFile> {
  const document = buildAdministrativeDocument(conclusionsNoticeDocument(view, settings, input));
  return {
    fileName: conclusionsNoticeFileName(view.plan.code, input.meeting.heldOn),
    data: await packDocument(document),
  };
}

/**
 * The whole timeline in one picture, with its title, for the window's "export picture". Drawn off
 * the main thread (a tall one in bands at once), so that it neither blocks nor takes long.
 */
export async function generateTimelinePicture(view: PlanView): Promise<ReportFile> {
  const layout = timelineSvgLayout(view, {
    title: `Tiến độ thực hiện ${view.plan.documentType} số ${view.plan.code} (đến ngày ${formatDisplayDate(view.asOf)})`,
  });
  const picture = await renderTimelinePng(layout);
  return { fileName: timelinePictureFileName(view.plan.code, view.asOf), data: picture.png };
}
