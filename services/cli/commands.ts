/** What each CLI command prints, from the same plan view the window shows. */
import { UserError } from '../../shared/api/user-error';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import type { IsoDate } from '../../shared/dates/iso-date';
import { type PlanView, type TaskView } from '../../shared/plan-view/plan-view-schema';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import { COUNTED_STATUSES, STATUS_LABELS } from '../../shared/status/task-status';
import { unitKey } from '../../shared/units/unit-name';
import { leadsText } from '../../shared/units/lead-units';
import type { AmendedPlanSummary } from '../import/amend-plan';
import type { ImportSummary, PlanRepository } from '../storage/plan-repository';
import { renderTable } from './text-table';

export function loadView(repository: PlanRepository, planCode: string | undefined, asOf: IsoDate): PlanView {
  const plans = repository.listPlanSummaries();
  const plan = planCode === undefined ? plans[0] : plans.find((p) => p.code === planCode);
  if (!plan) {
    throw new UserError(
      planCode === undefined
        ? 'Chưa có kế hoạch nào trong dữ liệu: hãy nhập một kế hoạch bằng lệnh “import”.'
        : `Không có kế hoạch số ${planCode}. Các kế hoạch hiện có: ${plans.map((p) => p.code).join(', ') || '(không có)'}.`,
      'not-found',
    );
  }
  const data = repository.loadPlanData(plan.id);
  if (!data) throw new UserError(`Không đọc được kế hoạch số ${plan.code}.`, 'not-found');
  return buildPlanView(data, asOf);
}

function title(view: PlanView): string {
  return `${view.plan.documentType} số ${view.plan.code} — ${view.plan.title}\nTình hình đến ngày ${formatDisplayDate(view.asOf)}`;
}

function involves(task: TaskView, key: string): boolean {
  return [...task.leads, ...task.supports].some((u) => unitKey(u.name) === key);
}

export function formatTasks(view: PlanView, unitName?: string): string {
  let tasks = view.tasks;
  if (unitName !== undefined) {
    const key = unitKey(unitName);
    if (!view.units.some((u) => unitKey(u.name) === key)) {
      throw new UserError(
        `Không có đơn vị “${unitName}” trong kế hoạch. Các đơn vị: ${view.units.map((u) => u.name).join('; ')}.`,
        'not-found',
      );
    }
    tasks = tasks.filter((t) => involves(t, key));
  }
  const table = renderTable(
    [
      { title: 'Mục' },
      { title: 'Nhiệm vụ', max: 60 },
      { title: 'Chủ trì', max: 34 },
      { title: 'Phối hợp', max: 26 },
      { title: 'Thời gian hoàn thành (văn bản)', max: 34 },
      { title: 'Hạn cuối' },
      { title: 'Trạng thái' },
    ],
    tasks.map((t) => [
      t.wbs,
      `${'  '.repeat(t.depth)}${t.title}`,
      leadsText(t.leads) || (t.childIds.length > 0 ? '' : '(chưa có)'),
      t.supports.map((u) => u.name).join('; '),
      t.deadlineText ?? (t.childIds.length > 0 ? '' : '(chưa có)'),
      t.deadline ? formatDisplayDate(t.deadline) : '',
      STATUS_LABELS[t.status],
    ]),
  );
  const leaves = tasks.filter((t) => t.childIds.length === 0);
  const counts = COUNTED_STATUSES.map((s) => [s, leaves.filter((t) => t.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${STATUS_LABELS[s]}: ${n}`);
  const flagged = tasks.flatMap((t) => t.warnings.map((w) => `  - Dòng ${w.line}: ${w.message}`));
  // The column cuts long names: every lead of a co-led task is written out in full below it.
  const coLed = tasks.filter((t) => t.leads.length > 1).map((t) => `  - Mục ${t.wbs}: ${leadsText(t.leads)}`);
  return [
    title(view),
    unitName === undefined ? '' : `Đơn vị: ${unitName} (chủ trì hoặc phối hợp)`,
    '',
    table,
    '',
    `${leaves.length} nhiệm vụ — ${counts.join(' · ')}`,
    ...(coLed.length > 0 ? ['', 'Nhiệm vụ có nhiều đơn vị chủ trì:', ...coLed] : []),
    ...(flagged.length > 0 ? ['', 'Cần bổ sung:', ...flagged] : []),
  ]
    .filter((line, i) => !(i === 1 && line === ''))
    .join('\n');
}

export function formatUnits(view: PlanView): string {
  const byWbs = new Map(view.tasks.map((t) => [t.id, t.wbs]));
  const table = renderTable(
    [
      { title: 'Đơn vị', max: 40 },
      { title: 'Thuộc' },
      { title: 'Chủ trì' },
      { title: 'Phối hợp' },
      { title: 'Quá hạn' },
    ],
    view.units.map((u) => [
      u.name,
      u.agency ?? '',
      String(u.leadCount),
      String(u.supportCount),
      u.lateTaskIds.length === 0
        ? ''
        : `${u.lateTaskIds.length} (${u.lateTaskIds.map((id) => byWbs.get(id)).join(', ')})`,
    ]),
  );
  return [title(view), '', table].join('\n');
}

/** `import --update`: what the newer version changed in the plan. */
export function formatAmendmentSummary(summary: AmendedPlanSummary): string {
  const { added, removed, changed, unchanged } = summary.amendment;
  return [
    `Đã cập nhật kế hoạch số ${summary.code}: thêm ${added}, bỏ ${removed} (giữ lại, ghi “đã bỏ khỏi kế hoạch”), thay đổi ${changed}, giữ nguyên ${unchanged} nhiệm vụ.`,
    'Tiến độ, cuộc họp và liên kết của các nhiệm vụ được giữ nguyên; mỗi thay đổi được ghi lại.',
  ].join('\n');
}

export function formatImportSummary(summary: ImportSummary): string {
  return [
    `Đã nhập kế hoạch số ${summary.code}: ${summary.taskCount} mục, ${summary.unitCount} đơn vị.`,
    summary.warningCount > 0
      ? `${summary.warningCount} cảnh báo cần xem lại (lệnh “tasks” liệt kê ở mục “Cần bổ sung”).`
      : 'Không có cảnh báo.',
  ].join('\n');
}
