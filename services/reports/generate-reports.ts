/** Plan view + settings + the user's choices → the finished file, for the API and the command line. */
import { UserError } from '../../shared/api/user-error';
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
import {
  type AdministrativeDocument,
  buildAdministrativeDocument,
  packDocument,
} from './format/administrative-document';
import type { DocumentKind } from '../../shared/documents/document-numbers';
import { meetingPackDocument } from './meeting-pack';
import type { RecordedMeeting } from './meeting-pack-parts';
import { statusReportDocument } from './status-report';
import { type TimelineOverview, renderTimelineOverview } from './timeline-figure';
import { findUnit, unitReportDocument } from './unit-report';

export type ReportFile = { fileName: string; data: Buffer };
/** A numbered document, with what its line in the register needs. */
export type DocumentFile = ReportFile & { kind: DocumentKind; subject: string };

const documentFile = (doc: AdministrativeDocument, fileName: string, data: Buffer): DocumentFile => ({
  fileName,
  data,
  kind: doc.type.kind,
  subject: doc.type.kind === 'CV' ? `V/v ${doc.subject.join(' ')}` : doc.metadataTitle,
});

/**
 * A report dated before the plan was issued would report on a plan that did not exist yet, with
 * every task "not started"; refused, naming the first day that can be chosen.
 */
export function assertReportDate(view: PlanView, what: string): void {
  const issued = view.plan.issuedOn;
  if (issued !== null && view.asOf < issued)
    throw new UserError(
      `${what} ${formatDisplayDate(view.asOf)} trước ngày ban hành ${view.plan.documentType} số ${view.plan.code} ` +
        `(${formatDisplayDate(issued)}): chưa có tình hình thực hiện để báo cáo. Hãy chọn từ ngày ${formatDisplayDate(issued)} trở đi.`,
    );
}

export async function generateStatusReport(
  view: PlanView,
  settings: ReportSettings,
  options: Pick<StatusReportRequest, 'horizonDays' | 'recommendations'> &
    Partial<Pick<StatusReportRequest, 'documentNumber'>>,
): Promise<DocumentFile> {
  assertReportDate(view, 'Ngày báo cáo');
  return packStatusReport(view, settings, options, renderTimelineOverview(view, options.horizonDays));
}

/** The status report around a figure already drawn (the figure costs the same whatever the plan's size). */
export async function packStatusReport(
  view: PlanView,
  settings: ReportSettings,
  options: Pick<StatusReportRequest, 'horizonDays' | 'recommendations'> &
    Partial<Pick<StatusReportRequest, 'documentNumber'>>,
  timeline: TimelineOverview,
): Promise<DocumentFile> {
  const doc = statusReportDocument(view, settings, { documentNumber: null, ...options }, timeline);
  const data = await packDocument(buildAdministrativeDocument(doc));
  return documentFile(doc, statusReportFileName(view.plan.code, view.asOf), data);
}

export async function generateUnitReport(
  view: PlanView,
  settings: ReportSettings,
  unitId: UnitReportRequest['unitId'],
  documentNumber: UnitReportRequest['documentNumber'] = null,
): Promise<DocumentFile> {
  assertReportDate(view, 'Ngày lập danh sách');
  const unit = unitId === null ? null : findUnit(view, unitId);
  const doc = unitReportDocument(view, settings, unit, documentNumber);
  const data = await packDocument(buildAdministrativeDocument(doc));
  return documentFile(doc, unitReportFileName(view.plan.code, view.asOf, unit?.name ?? null), data);
}

export async function generateMeetingPack(
  view: PlanView,
  settings: ReportSettings,
  options: Pick<MeetingPackRequest, 'nextMeetingOn' | 'agenda'> &
    Partial<Pick<MeetingPackRequest, 'documentNumber'>> & { recorded?: RecordedMeeting | null },
): Promise<DocumentFile> {
  assertReportDate(view, 'Ngày họp');
  const doc = meetingPackDocument(view, settings, options);
  const data = await packDocument(buildAdministrativeDocument(doc));
  return documentFile(doc, meetingPackFileName(view.plan.code, view.asOf), data);
}

export async function generateConclusionsNotice(
  view: PlanView,
  settings: ReportSettings,
  input: ConclusionsNoticeInput,
): Promise<DocumentFile> {
  const doc = conclusionsNoticeDocument(view, settings, input);
  const data = await packDocument(buildAdministrativeDocument(doc));
  return documentFile(doc, conclusionsNoticeFileName(view.plan.code, input.meeting.heldOn), data);
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
