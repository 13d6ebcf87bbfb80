/**
 * `npm run cli -- report --type status|unit|meeting|timeline …`: builds a report from the same
 * plan view the window shows and writes it to a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/api/user-error';
import { type IsoDate, isIsoDate } from '../../shared/dates/iso-date';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { DEFAULT_HORIZON_DAYS } from '../../shared/reports/report-schemas';
import { loadView } from '../cli/commands';
import type { PlanRepository } from '../storage/plan-repository';
import {
  type ReportFile,
  generateMeetingPack,
  generateStatusReport,
  generateTimelinePicture,
  generateUnitReport,
} from './generate-reports';
import { loadReportSettings } from './report-settings-store';
import { findUnitByName } from './unit-report';

export const REPORT_USAGE = `  npm run cli -- report --type status [--as-of YYYY-MM-DD] [--horizon SỐ_NGÀY] [--recommendations "VĂN BẢN"] [--out TỆP.docx]
  npm run cli -- report --type unit [--unit "Tên đơn vị"] [--as-of YYYY-MM-DD] [--out TỆP.docx]
  npm run cli -- report --type meeting [--as-of NGÀY_HỌP] [--next-meeting YYYY-MM-DD] [--agenda "Nội dung"]… [--out TỆP.docx]
  npm run cli -- report --type timeline [--as-of YYYY-MM-DD] [--out TỆP.png]
      (mọi lệnh “report” nhận thêm --plan SỐ_KẾ_HOẠCH và --db ĐƯỜNG_DẪN)`;

export const REPORT_TYPES = ['status', 'unit', 'meeting', 'timeline'] as const;
type ReportType = (typeof REPORT_TYPES)[number];

export type ReportCommandOptions = {
  type: string | undefined;
  asOf: IsoDate;
  plan: string | undefined;
  out: string | undefined;
  unit: string | undefined;
  horizon: string | undefined;
  recommendations: string | undefined;
  agenda: string[] | undefined;
  nextMeeting: string | undefined;
};

function reportType(type: string | undefined): ReportType {
  if (type === undefined) throw new UserError(`Lệnh “report” cần --type: ${REPORT_TYPES.join(', ')}.`);
  const known = REPORT_TYPES.find((t) => t === type);
  if (!known) throw new UserError(`Không có loại báo cáo “${type}”. Các loại: ${REPORT_TYPES.join(', ')}.`);
  return known;
}

function horizonDays(text: string | undefined): number {
  if (text === undefined) return DEFAULT_HORIZON_DAYS;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1 || days > 366)
    throw new UserError(`Số ngày “${text}” không hợp lệ: cần một số nguyên từ 1 đến 366.`);
  return days;
}

function nextMeetingDate(text: string | undefined, meetingOn: IsoDate): IsoDate | null {
  if (text === undefined) return null;
  if (!isIsoDate(text))
    throw new UserError(`Ngày “${text}” không hợp lệ: hãy ghi dạng YYYY-MM-DD, ví dụ 2021-08-15.`);
  if (text <= meetingOn) throw new UserError('Ngày họp tiếp theo phải sau ngày họp.');
  return text;
}

async function generate(
  type: ReportType,
  view: PlanView,
  repository: PlanRepository,
  options: ReportCommandOptions,
): Promise<ReportFile> {
  const settings = loadReportSettings(repository);
  switch (type) {
    case 'status':
      return generateStatusReport(view, settings, {
        horizonDays: horizonDays(options.horizon),
        recommendations: options.recommendations ?? '',
      });
    case 'unit':
      return generateUnitReport(
        view,
        settings,
        options.unit === undefined ? null : findUnitByName(view, options.unit).id,
      );
    case 'meeting':
      return generateMeetingPack(view, settings, {
        nextMeetingOn: nextMeetingDate(options.nextMeeting, view.asOf),
        agenda: (options.agenda ?? []).map((item) => item.trim()).filter((item) => item !== ''),
      });
    case 'timeline':
      return generateTimelinePicture(view);
  }
}

/** Builds the report and writes it; returns the message for the user. */
export async function runReportCommand(
  repository: PlanRepository,
  options: ReportCommandOptions,
): Promise<string> {
  const type = reportType(options.type);
  const view = loadView(repository, options.plan, options.asOf);
  const file = await generate(type, view, repository, options);
  const target = path.resolve(options.out ?? file.fileName);
  try {
    fs.writeFileSync(target, file.data);
  } catch (error) {
    throw new UserError(`Không ghi được tệp “${target}”: ${(error as NodeJS.ErrnoException).code ?? 'lỗi'}.`);
  }
  return `Đã tạo ${type === 'timeline' ? 'hình tiến độ' : 'văn bản'}: ${target}`;
}
