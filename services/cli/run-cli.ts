/**
 * The command line's commands:
 *   import FILE [--db PATH] [--replace] · tasks [--as-of YYYY-MM-DD] [--unit NAME] [--plan CODE] · units
 */
import { parseArgs } from 'node:util';
import { isIsoDate, todayIso } from '../../shared/dates/iso-date';
import { openAppServices } from '../app-services';
import { importPlanFile } from '../import/import-plan';
import { defaultDatabasePath } from '../storage/default-location';
import { formatImportSummary, formatTasks, formatUnits, loadView } from './commands';

export const USAGE = `Cách dùng:
  npm run cli -- import TỆP [--db ĐƯỜNG_DẪN] [--replace]   Nhập một kế hoạch (văn bản .txt)
  npm run cli -- tasks [--as-of YYYY-MM-DD] [--unit "Tên đơn vị"] [--plan SỐ_KẾ_HOẠCH] [--db ĐƯỜNG_DẪN]
  npm run cli -- units [--as-of YYYY-MM-DD] [--plan SỐ_KẾ_HOẠCH] [--db ĐƯỜNG_DẪN]`;

export class UsageError extends Error {}

export function runCli(argv: string[], out: (text: string) => void): void {
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
        replace: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`Tham số không hợp lệ: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    out(USAGE);
    return;
  }
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
      try {
        out(
          formatImportSummary(
            importPlanFile(services.repository, file, { replace: values.replace === true }),
          ),
        );
      } finally {
        services.close();
      }
      return;
    }
    case 'tasks':
    case 'units': {
      const services = openAppServices({ databasePath });
      try {
        const view = loadView(services.repository, values.plan, asOf);
        out(command === 'tasks' ? formatTasks(view, values.unit) : formatUnits(view));
      } finally {
        services.close();
      }
      return;
    }
    default:
      throw new UsageError(`Không có lệnh “${command}”.`);
  }
}
