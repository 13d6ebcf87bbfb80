/**
 * The command line's file commands:
 *   import TỆP (.txt, .docx, .xlsx, .xml) · export --format xlsx|mspdi|ics|pdf [--out TỆP] …
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/api/user-error';
import type { IsoDate } from '../../shared/dates/iso-date';
import { unitKey } from '../../shared/units/unit-name';
import { formatImportSummary } from '../cli/commands';
import type { PlanRepository } from '../storage/plan-repository';
import { EXPORT_FORMATS, type ExportFormat, exportPlan, loadPlanView } from './export-plan';
import type { IcalRoleFilter } from './ical/export-ical';
import { importPlanFromPath } from './import-plan-bytes';
import { PAPER_SIZES, type PaperSize } from './pdf/export-timeline-pdf';

export const EXPORT_USAGE = `  npm run cli -- export --format xlsx|mspdi|ics|pdf [--out TỆP] [--as-of YYYY-MM-DD] [--plan SỐ_KẾ_HOẠCH] [--db ĐƯỜNG_DẪN]
      ics: [--unit "Tên đơn vị"] [--role lead|support]   pdf: [--paper A4|A3]`;

const FORMAT_NAMES: Record<ExportFormat, string> = {
  xlsx: 'bảng nhiệm vụ Excel',
  mspdi: 'tệp MS Project XML',
  ics: 'lịch (iCalendar)',
  pdf: 'tiến độ dạng PDF',
};

export async function runImportCommand(repository: PlanRepository, file: string): Promise<string> {
  return formatImportSummary(await importPlanFromPath(repository, file));
}

export type ExportCommandOptions = {
  format: string | undefined;
  out: string | undefined;
  asOf: IsoDate;
  plan: string | undefined;
  unit: string | undefined;
  role: string | undefined;
  paper: string | undefined;
};

function choose<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  what: string,
): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (found === undefined)
    throw new UserError(`${what} “${value}” không hợp lệ: chọn ${allowed.join(', ')}.`);
  return found;
}

export async function runExportCommand(
  repository: PlanRepository,
  options: ExportCommandOptions,
): Promise<string> {
  if (options.format === undefined)
    throw new UserError(`Lệnh “export” cần --format: ${EXPORT_FORMATS.join(', ')}.`);
  const format = choose(options.format, EXPORT_FORMATS, 'Định dạng')!;
  const role = choose<IcalRoleFilter>(options.role, ['lead', 'support', 'any'], 'Vai trò');
  const paper = choose<PaperSize>(options.paper, PAPER_SIZES, 'Khổ giấy');
  if (format !== 'ics' && (options.unit !== undefined || role !== undefined)) {
    throw new UserError('--unit và --role chỉ dùng với --format ics.');
  }
  if (format !== 'pdf' && paper !== undefined) throw new UserError('--paper chỉ dùng với --format pdf.');

  const plans = repository.listPlanSummaries();
  const plan = options.plan === undefined ? plans[0] : plans.find((p) => p.code === options.plan);
  if (!plan) {
    throw new UserError(
      options.plan === undefined
        ? 'Chưa có kế hoạch nào trong dữ liệu: hãy nhập một kế hoạch bằng lệnh “import”.'
        : `Không có kế hoạch số ${options.plan}. Các kế hoạch hiện có: ${plans.map((p) => p.code).join(', ') || '(không có)'}.`,
      'not-found',
    );
  }
  let unitIds: number[] = [];
  if (options.unit !== undefined) {
    const units = loadPlanView(repository, plan.id, options.asOf).units;
    const unit = units.find(
      (u) => unitKey(u.name) === unitKey(options.unit!) || unitKey(u.fullName) === unitKey(options.unit!),
    );
    if (!unit) {
      throw new UserError(
        `Không có đơn vị “${options.unit}” trong kế hoạch. Các đơn vị: ${units.map((u) => u.name).join('; ')}.`,
        'not-found',
      );
    }
    unitIds = [unit.id];
  }

  const file = await exportPlan(repository, {
    planId: plan.id,
    asOf: options.asOf,
    format,
    unitIds,
    role,
    paper,
  });
  const target = path.resolve(options.out ?? file.fileName);
  // Written beside the target and renamed: an interrupted export never leaves half a file under its name.
  const partial = `${target}.tmp-${process.pid}`;
  try {
    fs.writeFileSync(partial, file.data);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new UserError(
      `Không ghi được tệp “${target}”: ${(error as NodeJS.ErrnoException).code ?? 'lỗi ghi tệp'}.`,
    );
  }
  return `Đã xuất ${FORMAT_NAMES[format]} của kế hoạch số ${plan.code} ra tệp ${target} (${file.data.length.toLocaleString('vi-VN')} byte).`;
}
