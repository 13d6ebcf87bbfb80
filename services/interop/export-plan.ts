/**
 * A plan as of a date → a file for another program: Excel (.xlsx), MS Project (.xml), a calendar
 * (.ics) or the timeline as a PDF. One entry for the window (through the API) and the command line.
 */
import { UserError, planNotFound } from '../../shared/api/user-error';
import type { IsoDate } from '../../shared/dates/iso-date';
import { type PlanData, buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { createMeetingEditing } from '../editing/meeting-editing';
import { slug } from '../reports/file-names';
import type { PlanRepository } from '../storage/plan-repository';
import type { IcalRoleFilter } from './ical/export-ical';
import type { PaperSize } from './pdf/export-timeline-pdf';

export const EXPORT_FORMATS = ['xlsx', 'mspdi', 'ics', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportRequest = {
  planId: number;
  asOf: IsoDate;
  format: ExportFormat;
  /** Calendar only: the units whose dates are wanted (all when empty) and in which role. */
  unitIds?: number[];
  role?: IcalRoleFilter;
  /** PDF only. */
  paper?: PaperSize;
};

export type ExportedFile = { fileName: string; mimeType: string; data: Buffer };

export const MIME_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mspdi: 'application/xml',
  ics: 'text/calendar',
  pdf: 'application/pdf',
};

function loadPlanData(repository: PlanRepository, planId: number): PlanData {
  const data = repository.loadPlanData(planId);
  if (!data) throw planNotFound(planId);
  return data;
}

export function loadPlanView(repository: PlanRepository, planId: number, asOf: IsoDate): PlanView {
  return buildPlanView(loadPlanData(repository, planId), asOf);
}

export async function exportPlan(
  repository: PlanRepository,
  request: ExportRequest,
  now: Date = new Date(),
): Promise<ExportedFile> {
  const data = loadPlanData(repository, request.planId);
  const view = buildPlanView(data, request.asOf);
  const base = `${slug(view.plan.code)}-${request.asOf}`;
  const file = (name: string, data: Buffer): ExportedFile => ({
    fileName: name,
    mimeType: MIME_TYPES[request.format],
    data,
  });
  // Each format's libraries (exceljs, pdf-lib …) are loaded when first used, not when the app starts.
  switch (request.format) {
    case 'xlsx': {
      const { exportExcel } = await import('./excel/export-excel');
      // The whole story beside the grid: every progress report and the meetings.
      const meetings = createMeetingEditing(repository.database).list(request.planId);
      const story = { progressUpdates: data.progressUpdates, meetings };
      return file(`nhiem-vu-${base}.xlsx`, await exportExcel(view, story, now));
    }
    case 'mspdi': {
      const { exportMsProject } = await import('./mspdi/export-mspdi');
      return file(`ms-project-${base}.xml`, Buffer.from(exportMsProject(view, now), 'utf8'));
    }
    case 'pdf': {
      const { exportTimelinePdf } = await import('./pdf/export-timeline-pdf');
      const paper = request.paper ?? 'A4';
      return file(`tien-do-${base}-${paper.toLowerCase()}.pdf`, await exportTimelinePdf(view, paper, now));
    }
    case 'ics': {
      const unitIds = request.unitIds ?? [];
      const unknown = unitIds.filter((id) => !view.units.some((u) => u.id === id));
      if (unknown.length > 0) {
        throw new UserError(
          `Không có đơn vị mã ${unknown.join(', ')} trong kế hoạch số ${view.plan.code}.`,
          'not-found',
        );
      }
      const names = view.units.filter((u) => unitIds.includes(u.id)).map((u) => slug(u.name));
      const { exportIcal } = await import('./ical/export-ical');
      const { createMeetingEditing } = await import('../editing/meeting-editing');
      const meetings = createMeetingEditing(repository.database).list(view.plan.id);
      const { text } = exportIcal(view, { unitIds, role: request.role ?? 'any', now, meetings });
      const who = names.length === 0 ? '' : `-${names.join('-')}`.slice(0, 100);
      return file(`lich-${slug(view.plan.code)}${who}.ics`, Buffer.from(text, 'utf8'));
    }
  }
}
