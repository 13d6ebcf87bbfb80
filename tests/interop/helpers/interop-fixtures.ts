/** Shared by the interop tests: a database holding Kế hoạch 76, a dump of every table, a big plan. */
import type { Db } from '../../../services/storage/database';
import { importPlanText } from '../../../services/import/import-plan';
import type { PlanRepository } from '../../../services/storage/plan-repository';
import { createTestDatabase } from '../../../services/testing/test-database';
import { DEFAULT_PLAN_FILE_NAME, DEFAULT_PLAN_TEXT } from '../../../shared/default-plan/default-plan-text';
import { parsePlanDocument } from '../../../shared/plan-document/parse-plan-document';
import { buildPlanView } from '../../../shared/plan-view/build-plan-view';

export const AS_OF = '2021-07-20';
export const NOW = new Date('2021-07-20T03:00:00Z');

export function databaseWithPlan76(): { db: Db; repository: PlanRepository; planId: number } {
  const { db, repository } = createTestDatabase();
  const { planId } = importPlanText(repository, DEFAULT_PLAN_TEXT, DEFAULT_PLAN_FILE_NAME, { now: NOW });
  return { db, repository, planId };
}

/** Every row of every table, in a stable order: "the database did not change" is this dump, equal. */
export function dumpDatabase(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

/** What a round trip must keep, keyed by WBS: independent of ids, which a fresh database renumbers. */
export function planSnapshot(repository: PlanRepository, planId: number) {
  const data = repository.loadPlanData(planId);
  if (!data) throw new Error(`no plan ${planId}`);
  const unitName = new Map(data.units.map((u) => [u.id, u]));
  const wbsOf = new Map(data.tasks.map((t) => [t.id, t.wbs]));
  return {
    plan: {
      code: data.plan.code,
      documentType: data.plan.documentType,
      title: data.plan.title,
      issuedOn: data.plan.issuedOn,
    },
    tasks: data.tasks.map((t) => ({
      wbs: t.wbs,
      parent: t.parentId === null ? null : wbsOf.get(t.parentId),
      title: t.title,
      kind: t.kind,
      start: t.start,
      deadline: t.deadline,
      deadlineText: t.deadlineText,
      deadlinePrecision: t.deadlinePrecision,
      recurrence: t.recurrence,
      deliverable: t.deliverable,
      notes: t.notes,
      units: data.taskUnits
        .filter((tu) => tu.taskId === t.id)
        .map((tu) => `${tu.role}:${unitName.get(tu.unitId)?.name}`)
        .sort(),
    })),
    units: data.units
      .map((u) => ({ name: u.name, fullName: u.fullName, agency: u.agency, isCollective: u.isCollective }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    dependencies: data.dependencies
      .map((d) => `${wbsOf.get(d.predecessorId)}→${wbsOf.get(d.successorId)}+${d.lagDays}`)
      .sort(),
  };
}

/** A plan using every field the grid and MS Project carry: starts, links, progress, kinds, recurrences. */
export const RICH_PLAN_TEXT = `Số: 15/KH-TEST

Hà Nội, ngày 05 tháng 3 năm 2022

KẾ HOẠCH

Thử nghiệm trao đổi tệp & “ký tự” <đặc biệt>

II. NỘI DUNG

1. Nhóm việc A & B

1.1. Việc có ngày bắt đầu, liên kết <và> "ngoặc kép"
- Chủ trì: Vụ Tổng hợp Tòa án nhân dân tối cao.
- Đơn vị phối hợp: Văn phòng Tòa án nhân dân tối cao, Các đơn vị có liên quan.
- Thời gian hoàn thành: Trước ngày 15/7/2022.
- Kết quả thực hiện: Báo cáo A & B <bản 1>.
- Lưu ý: gửi kèm tài liệu; không quá 10 trang.

1.2. Báo cáo định kỳ hằng quý
- Chủ trì: Văn phòng Tòa án nhân dân tối cao.
- Thời gian hoàn thành: Hằng quý.
- Kết quả thực hiện: Báo cáo quý.

1.3. Tổ chức họp Ban Chỉ đạo
- Chủ trì: Tổ giúp việc.
- Đơn vị phối hợp: Vụ Tổng hợp.
- Thời gian hoàn thành: Tháng 8/2022.
- Kết quả thực hiện: Biên bản họp.

2. Nhóm việc C

2.1. Báo cáo năm
- Chủ trì: Cục Kế hoạch - Tài chính Tòa án nhân dân tối cao.
- Thời gian hoàn thành: Trước ngày 15 tháng 01 hằng năm.
- Kết quả thực hiện: Báo cáo năm.

2.2. Việc tính từ ngày ký
- Chủ trì: Vụ Tổng hợp.
- Đơn vị phối hợp: Bộ Thông tin và Truyền thông.
- Thời gian hoàn thành: Trong vòng 30 ngày kể từ ngày ký.
- Kết quả thực hiện: Kế hoạch chi tiết.

2.3. Nhóm con

2.3.1. Việc có thời hạn chưa rõ
- Chủ trì: Văn phòng.
- Thời gian hoàn thành: Theo tiến độ chung.
- Kết quả thực hiện: Văn bản.

2.3.2. Mốc hoàn thành Đề án
- Chủ trì: Tổ giúp việc.
- Thời gian hoàn thành: Quý IV/2022.
- Kết quả thực hiện: Đề án.
./.`;

export const RICH_AS_OF = '2022-07-10';

export function databaseWithRichPlan(): { db: Db; repository: PlanRepository; planId: number } {
  const { db, repository } = createTestDatabase();
  const outcome = parsePlanDocument(RICH_PLAN_TEXT);
  if (!outcome.ok) throw new Error(outcome.message);
  const document = {
    ...outcome.document,
    items: outcome.document.items.map((i) => (i.wbs === '2.3.2' ? { ...i, kind: 'milestone' as const } : i)),
  };
  const { planId } = repository.importDocumentWithSchedule(
    document,
    { name: 'thu-nghiem.txt', text: RICH_PLAN_TEXT },
    {
      starts: [
        { wbs: '1.1', start: '2022-04-01' },
        { wbs: '2', start: '2022-03-10' },
      ],
      dependencies: [
        { predecessorWbs: '1.1', successorWbs: '1.3', lagDays: 5 },
        { predecessorWbs: '2.2', successorWbs: '2.3.1', lagDays: -2 },
        { predecessorWbs: '2.3.1', successorWbs: '2.3.2', lagDays: 0 },
      ],
      progress: [
        {
          wbs: '1.1',
          reportedOn: '2022-06-01',
          percent: 50,
          achieved: null,
          difficulties: null,
          enteredBy: null,
        },
        {
          wbs: '1.1',
          reportedOn: '2022-07-01',
          percent: 60,
          achieved: null,
          difficulties: null,
          enteredBy: null,
        },
        {
          wbs: '2.2',
          reportedOn: '2022-04-01',
          percent: 100,
          achieved: null,
          difficulties: null,
          enteredBy: null,
        },
        {
          wbs: '2',
          reportedOn: '2022-07-01',
          percent: 45,
          achieved: null,
          difficulties: null,
          enteredBy: null,
        },
      ],
    },
    { now: NOW },
  );
  return { db, repository, planId };
}

/** Progress as of a date by WBS: what a file carries of the progress history. */
export function progressByWbs(
  repository: PlanRepository,
  planId: number,
  asOf: string,
): Record<string, number> {
  const data = repository.loadPlanData(planId);
  if (!data) throw new Error(`no plan ${planId}`);
  return Object.fromEntries(buildPlanView(data, asOf).tasks.map((t) => [t.wbs, t.progress]));
}

/** A plan of `count` tasks in groups of ten, for timing. */
export function largePlanText(count: number): string {
  const groups = Math.ceil(count / 10);
  const lines = [
    'Số: 1000/KH-LON',
    '',
    'Hà Nội, ngày 10 tháng 1 năm 2022',
    '',
    'KẾ HOẠCH',
    '',
    'Kế hoạch lớn',
    '',
    'II. NỘI DUNG',
    '',
  ];
  for (let g = 1; g <= groups; g++) {
    lines.push(`${g}. Nhóm việc số ${g}`, '');
    for (let i = 1; i <= 9; i++) {
      lines.push(
        `${g}.${i}. Nhiệm vụ ${g}.${i} về ứng dụng công nghệ thông tin trong hoạt động của Tòa án`,
        `- Chủ trì: Vụ số ${(g % 17) + 1} Tòa án nhân dân tối cao.`,
        `- Đơn vị phối hợp: Cục số ${(i % 5) + 1}, Các đơn vị có liên quan.`,
        `- Thời gian hoàn thành: Trước ngày ${(i % 27) + 1}/${(g % 12) + 1}/2023.`,
        `- Kết quả thực hiện: Báo cáo số ${g}.${i}.`,
        '',
      );
    }
  }
  return lines.join('\n');
}
