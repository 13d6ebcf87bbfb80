/**
 * Receiving a round of returned progress forms: 50 filled forms of 100 tasks each read, checked and
 * previewed (nothing written), against exceljs only loading the same 50 workbooks.
 */
import ExcelJS from 'exceljs';
import { createUndoLog } from '../../services/editing/undo-log';
import { buildFormWorkbook, HEADER_ROW } from '../../services/progress-requests/form-workbook';
import { createProgressRequests } from '../../services/progress-requests/progress-requests-service';
import { createRequestStore } from '../../services/progress-requests/request-store';
import { createTestDatabase } from '../../services/testing/test-database';
import { FORM_COLUMNS } from '../../shared/progress-requests/form-layout';
import { taskKey } from '../../shared/progress-requests/task-key';
import { generatePlan } from '../../shared/testing/generate-plan';
import { measure, row, type BenchRow } from '../measure';

const FORMS = 50;
const TASKS_PER_FORM = 100;
const column = (id: string) => FORM_COLUMNS.findIndex((c) => c.id === id) + 1;

async function filledForms() {
  const { repository } = createTestDatabase();
  const { planId } = repository.importDocument(generatePlan(FORMS * TASKS_PER_FORM), {
    name: 'bench.txt',
    text: '',
  });
  const data = repository.loadPlanData(planId)!;
  const leaves = data.tasks.filter((t) => !data.tasks.some((c) => c.parentId === t.id));
  const store = createRequestStore(repository.database, () => new Date());
  const files = [];
  for (let i = 0; i < FORMS; i++) {
    const unit = data.units[i % data.units.length]!;
    const token = `BENCH${String(i).padStart(7, '0')}`;
    const tasks = Array.from(
      { length: TASKS_PER_FORM },
      (_, k) => leaves[(i * TASKS_PER_FORM + k) % leaves.length]!,
    );
    store.add({
      planId,
      unitId: unit.id,
      token,
      asOf: '2023-01-01',
      periodLabel: '',
      sentOn: '2022-12-20',
      dueOn: '2023-01-05',
      documentNumber: null,
      tasks: tasks.map((t) => ({
        taskId: t.id,
        role: 'lead',
        title: t.title,
        deadline: t.deadline,
        deadlineText: t.deadlineText,
        percent: null,
      })),
    });
    const form = await buildFormWorkbook({
      token,
      planCode: data.plan.code,
      planTitle: data.plan.title,
      planIssuedOn: data.plan.issuedOn,
      unitName: unit.name,
      unitFullName: unit.fullName,
      asOf: '2023-01-01',
      periodLabel: '',
      dueOn: '2023-01-05',
      rows: tasks.map((t) => ({
        key: taskKey(token, t.id),
        wbs: t.wbs,
        title: t.title,
        role: 'lead',
        deadlineText: t.deadlineText,
        deadline: t.deadline,
        lastPercent: null,
      })),
    });
    // Filled as a unit would: every row, a percentage, a date typed as text, two sentences.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(form as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    for (let r = HEADER_ROW + 1; r <= HEADER_ROW + TASKS_PER_FORM; r++) {
      sheet.getCell(r, column('percent')).value = (r * 7) % 101;
      sheet.getCell(r, column('reportedOn')).value = '28/12/2022';
      sheet.getCell(r, column('achieved')).value =
        'Đã hoàn thành khảo sát, đang tổng hợp kết quả và dự thảo báo cáo.';
      sheet.getCell(r, column('difficulties')).value = 'Chưa bố trí đủ kinh phí cho giai đoạn 2.';
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    files.push({ fileName: `don-vi-${i}.xlsx`, base64: bytes.toString('base64'), bytes });
  }
  return { repository, planId, files };
}

export async function progressReturnCases(): Promise<BenchRow[]> {
  const { repository, planId, files } = await filledForms();
  const service = createProgressRequests(repository, createUndoLog(repository.database), () => new Date());
  const input = files.map(({ fileName, base64 }) => ({ fileName, base64 }));
  let rows = 0;
  const ours = await measure(3, async () => {
    const preview = await service.preview(planId, input, '2023-01-10');
    rows = preview.reduce((n, f) => n + f.rows.filter((r) => r.acceptable).length, 0);
  });
  if (rows !== FORMS * TASKS_PER_FORM)
    throw new Error(`preview accepted ${rows} rows, not ${FORMS * TASKS_PER_FORM}`);
  const bare = await measure(3, async () => {
    for (const f of files) await new ExcelJS.Workbook().xlsx.load(f.bytes as unknown as ArrayBuffer);
  });
  return [
    row(`Nhận ${FORMS} biểu mẫu báo cáo (đọc + kiểm tra + xem trước)`, FORMS * TASKS_PER_FORM, ours, bare, {
      maxMs: 2000,
    }),
  ];
}
