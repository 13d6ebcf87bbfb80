/**
 * `npm run cli -- report --type status|unit|meeting|timeline …`: builds a report from the same
 * plan view the window shows and writes it to a file. A report is numbered from the register of
 * outgoing documents as in the window: the next number of its series unless `--number` names one
 * (refused if taken) or is left empty (a blank to write in by hand, not recorded).
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/api/user-error';
import { REPORT_DOCUMENT_KINDS, documentNumberText } from '../../shared/documents/document-numbers';
import { type IsoDate, isIsoDate } from '../../shared/dates/iso-date';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { DEFAULT_HORIZON_DAYS, type ReportSettings } from '../../shared/reports/report-schemas';
import { loadView } from '../cli/commands';
import type { PlanRepository } from '../storage/plan-repository';
import { createDocumentRegister } from '../documents/document-register';
import { buildNumbered } from '../documents/numbered-document';
import {
  type DocumentFile,
  generateMeetingPack,
  generateStatusReport,
  generateTimelinePicture,
  generateUnitReport,
} from './generate-reports';
import { loadReportSettings } from './report-settings-store';
import { findUnitByName } from './unit-report';
import { numberedFileName } from './file-names';

export const REPORT_USAGE = `  npm run cli -- report --type status [--as-of YYYY-MM-DD] [--horizon SỐ_NGÀY] [--recommendations "VĂN BẢN"] [--number SỐ] [--out TỆP.docx]
  npm run cli -- report --type unit [--unit "Tên đơn vị"] [--as-of YYYY-MM-DD] [--number SỐ] [--out TỆP.docx]
  npm run cli -- report --type meeting [--as-of NGÀY_HỌP] [--next-meeting YYYY-MM-DD] [--agenda "Nội dung"]… [--number SỐ] [--out TỆP.docx]
  npm run cli -- report --type timeline [--as-of YYYY-MM-DD] [--out TỆP.png]
      (mọi lệnh “report” nhận thêm --plan SỐ_KẾ_HOẠCH và --db ĐƯỜNG_DẪN)
      Số văn bản lấy theo sổ văn bản đi: không ghi --number thì lấy số kế tiếp; --number 7 lấy số 07 (nếu chưa cấp);
      --number "" để trống số để ghi tay (không ghi vào sổ). Văn bản có số được ghi vào sổ văn bản đi.`;

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
  /** `--number`: absent, the next number of the series; "" for a blank; "7" for 07. */
  number: string | undefined;
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

type DocumentType = Exclude<ReportType, 'timeline'>;

/** The number the document takes: the register's next one, the one asked for, or none (a blank). */
function chosenNumber(text: string | undefined, next: () => number): number | null {
  if (text === undefined) return next();
  const typed = text.trim();
  if (typed === '') return null;
  if (!/^\d{1,5}$/.test(typed) || Number(typed) < 1)
    throw new UserError(
      `Số văn bản “${text}” không hợp lệ: cần một số nguyên dương (ví dụ 7), hoặc --number "" để trống số và ghi tay.`,
    );
  return Number(typed);
}

function generateDocument(
  type: DocumentType,
  view: PlanView,
  settings: ReportSettings,
  options: ReportCommandOptions,
  documentNumber: number | null,
): Promise<DocumentFile> {
  switch (type) {
    case 'status':
      return generateStatusReport(view, settings, {
        horizonDays: horizonDays(options.horizon),
        recommendations: options.recommendations ?? '',
        documentNumber,
      });
    case 'unit':
      return generateUnitReport(
        view,
        settings,
        options.unit === undefined ? null : findUnitByName(view, options.unit).id,
        documentNumber,
      );
    case 'meeting':
      return generateMeetingPack(view, settings, {
        nextMeetingOn: nextMeetingDate(options.nextMeeting, view.asOf),
        agenda: (options.agenda ?? []).map((item) => item.trim()).filter((item) => item !== ''),
        documentNumber,
      });
  }
}

function writeFile(target: string, data: Buffer): void {
  try {
    fs.writeFileSync(target, data);
  } catch (error) {
    throw new UserError(`Không ghi được tệp “${target}”: ${(error as NodeJS.ErrnoException).code ?? 'lỗi'}.`);
  }
}

/** Builds the report and writes it; returns the message for the user. */
export async function runReportCommand(
  repository: PlanRepository,
  options: ReportCommandOptions,
): Promise<string> {
  const type = reportType(options.type);
  const view = loadView(repository, options.plan, options.asOf);
  if (type === 'timeline') {
    if (options.number !== undefined)
      throw new UserError('Hình tiến độ không phải văn bản nên không có số: hãy bỏ --number.');
    const picture = await generateTimelinePicture(view);
    const target = path.resolve(options.out ?? picture.fileName);
    writeFile(target, picture.data);
    return `Đã tạo hình tiến độ: ${target}`;
  }
  const settings = loadReportSettings(repository);
  const register = createDocumentRegister(repository.database);
  const kind = REPORT_DOCUMENT_KINDS[type];
  const seq = chosenNumber(options.number, () => register.propose(kind, view.asOf, settings.bodySymbol).seq);
  const numberText = seq === null ? null : documentNumberText(seq, kind, settings.bodySymbol);
  const target = (file: DocumentFile) =>
    path.resolve(
      options.out ?? (numberText === null ? file.fileName : numberedFileName(file.fileName, numberText)),
    );
  // The file is written before the number is recorded: a file that cannot be written takes no number.
  const { file, entry } = await buildNumbered(
    repository,
    register,
    { kind, planId: view.plan.id, date: view.asOf, seq },
    async () => {
      const built = await generateDocument(type, view, settings, options, seq);
      const written = target(built);
      writeFile(written, built.data);
      // The register names the file as written, so that the clerk can find it.
      return { ...built, fileName: path.basename(written) };
    },
  );
  return [
    `Đã tạo văn bản: ${path.resolve(options.out ?? file.fileName)}`,
    entry === null
      ? 'Số văn bản để trống để ghi tay; văn bản chưa ghi vào sổ văn bản đi.'
      : `Đã ghi vào sổ văn bản đi số ${entry.numberText}.`,
  ].join('\n');
}
