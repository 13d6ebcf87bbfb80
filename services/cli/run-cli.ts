/**
 * The command line's commands:
 *   import FILE [--db PATH] [--update] · tasks [--as-of YYYY-MM-DD] [--unit NAME] [--plan CODE] · units
 *
 * The modules of `export` and `report` (Word, Excel, PDF, iCalendar …) are imported by the command that
 * uses them, and `import` reads its file through the importer alone: the CLI bundle is split at those
 * `import()`s (scripts/build-node.mjs), so that a command starts without reading the others' libraries.
 */
import { parseArgs } from 'node:util';
import { isIsoDate, todayIso } from '../../shared/dates/iso-date';
import { openAppServices } from '../app-services';
import { formatBackupList, formatRestore, warnIfDamaged } from '../backup/backup-cli';
import { defaultDatabasePath } from '../storage/default-location';
import { formatAmendmentSummary, formatImportSummary, formatTasks, formatUnits, loadView } from './commands';

const COMMANDS_USAGE = `Cách dùng:
  npm run cli -- import TỆP [--db ĐƯỜNG_DẪN] [--update]    Nhập một kế hoạch (.txt, Word .docx, Excel .xlsx, MS Project .xml);
                                                          --update: áp dụng văn bản mới (cùng số, hoặc “sửa đổi, bổ sung”)
                                                          vào kế hoạch đã có, giữ tiến độ, cuộc họp, liên kết;
                                                          thêm --keep-unmentioned khi văn bản chỉ ghi các mục sửa đổi
  npm run cli -- tasks [--as-of YYYY-MM-DD] [--unit "Tên đơn vị"] [--plan SỐ_KẾ_HOẠCH] [--db ĐƯỜNG_DẪN]
  npm run cli -- units [--as-of YYYY-MM-DD] [--plan SỐ_KẾ_HOẠCH] [--db ĐƯỜNG_DẪN]
  npm run cli -- backups [--db ĐƯỜNG_DẪN]                 Liệt kê các bản sao lưu
  npm run cli -- restore MÃ [--db ĐƯỜNG_DẪN]              Khôi phục một bản sao lưu (mã lấy từ lệnh “backups”)`;

/** The whole usage text; `export` and `report` describe their own options, in their modules. */
export async function usage(): Promise<string> {
  const [{ EXPORT_USAGE }, { REPORT_USAGE }] = await Promise.all([
    import('../interop/interop-cli'),
    import('../reports/report-cli'),
  ]);
  return `${COMMANDS_USAGE}\n${EXPORT_USAGE}\n${REPORT_USAGE}`;
}

export class UsageError extends Error {}

/** Synchronous, except for `report`, whose Word packing is asynchronous: the caller awaits the result. */
export function runCli(argv: string[], out: (text: string) => void): void | Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        'as-of': { type: 'string' },
        unit: { type: 'string' },
        plan: { type: 'string' },
        update: { type: 'boolean' },
        'keep-unmentioned': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        type: { type: 'string' },
        out: { type: 'string' },
        horizon: { type: 'string' },
        recommendations: { type: 'string' },
        agenda: { type: 'string', multiple: true },
        'next-meeting': { type: 'string' },
        number: { type: 'string' },
        format: { type: 'string' },
        role: { type: 'string' },
        paper: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`Tham số không hợp lệ: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) return usage().then(out);
  const asOf = values['as-of'] ?? todayIso();
  if (!isIsoDate(asOf))
    throw new UsageError(`Ngày “${asOf}” không hợp lệ: hãy ghi dạng YYYY-MM-DD, ví dụ 2021-07-20.`);
  const databasePath = values.db ?? defaultDatabasePath();

  switch (command) {
    case 'import': {
      const file = rest[0];
      if (file === undefined || rest.length > 1) throw new UsageError('Lệnh “import” cần đúng một tệp.');
      // An explicit import into an empty database should not first load the default plan.
      const services = openAppServices({ databasePath, loadDefaultPlan: false });
      warnIfDamaged(services);
      // The file's type is read from its extension (see services/interop/import-plan-bytes.ts), which
      // loads a format's libraries only for a file of that format. (This is runImportCommand of
      // interop-cli, without reading the export formats' modules.)
      if (values.update === true) {
        // As one step of undo, as in the window.
        return Promise.all([import('../import/amend-plan'), import('../editing/undo-log')])
          .then(([{ amendPlanFromPath }, { createUndoLog }]) =>
            amendPlanFromPath(services.repository, file, {
              record: createUndoLog(services.repository.database).record,
              keepUnmentioned: values['keep-unmentioned'] === true,
            }),
          )
          .then((summary) => out(formatAmendmentSummary(summary)))
          .finally(() => services.close());
      }
      return import('../interop/import-plan-bytes')
        .then(({ importPlanFromPath }) => importPlanFromPath(services.repository, file))
        .then((summary) => out(formatImportSummary(summary)))
        .finally(() => services.close());
    }
    case 'export': {
      if (rest.length > 0)
        throw new UsageError('Lệnh “export” không nhận tham số tự do; hãy dùng --format, --out ….');
      const services = openAppServices({ databasePath });
      warnIfDamaged(services);
      return import('../interop/interop-cli')
        .then(({ runExportCommand }) =>
          runExportCommand(services.repository, {
            format: values.format,
            out: values.out,
            asOf,
            plan: values.plan,
            unit: values.unit,
            role: values.role,
            paper: values.paper,
          }),
        )
        .then(out)
        .finally(() => services.close());
    }
    case 'tasks':
    case 'units': {
      const services = openAppServices({ databasePath });
      warnIfDamaged(services);
      try {
        const view = loadView(services.repository, values.plan, asOf);
        out(command === 'tasks' ? formatTasks(view, values.unit) : formatUnits(view));
      } finally {
        services.close();
      }
      return;
    }
    case 'backups':
    case 'restore': {
      const id = rest[0];
      if (command === 'restore' && (id === undefined || rest.length > 1))
        throw new UsageError('Lệnh “restore” cần đúng một mã bản sao lưu (xem lệnh “backups”).');
      const services = openAppServices({ databasePath, loadDefaultPlan: false });
      if (command === 'backups') warnIfDamaged(services);
      try {
        out(
          command === 'backups'
            ? formatBackupList(services.backups.listBackups(), services.backups.backupFolder)
            : formatRestore(services.backups.restoreBackupNow(id!)),
        );
      } finally {
        services.close();
      }
      return;
    }
    case 'report': {
      if (rest.length > 0)
        throw new UsageError('Lệnh “report” không nhận tham số tự do; hãy dùng --type, --out ….');
      const services = openAppServices({ databasePath });
      warnIfDamaged(services);
      return import('../reports/report-cli')
        .then(({ runReportCommand }) =>
          runReportCommand(services.repository, {
            type: values.type,
            asOf,
            plan: values.plan,
            out: values.out,
            unit: values.unit,
            horizon: values.horizon,
            recommendations: values.recommendations,
            agenda: values.agenda,
            nextMeeting: values['next-meeting'],
            number: values.number,
          }),
        )
        .then(out)
        .finally(() => services.close());
    }
    default:
      throw new UsageError(`Không có lệnh “${command}”.`);
  }
}
