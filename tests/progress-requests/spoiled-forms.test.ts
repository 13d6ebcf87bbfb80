/**
 * A corpus of spoiled returned forms, each made from a real form the way it goes wrong in practice:
 * every one is refused or flagged with its Vietnamese message, and accepting everything it offers
 * writes nothing that should not be written.
 */
import { strToU8, zipSync } from 'fflate';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../../shared/testing/generate-plan';
import type { PreviewFile } from '../../shared/progress-requests/request-schemas';
import { type EditingApp, dumpTables, openEditingApp } from '../editing/editing-fixtures';
import {
  type FormSheet,
  addSharedTasks,
  answer,
  asFile,
  openForm,
  saveForm,
  unzipPackage,
} from './form-fixtures';
import { fillWordForm } from './word-form';

let app: EditingApp;
let planId: number;
let files: Map<string, Buffer>;
/** The forms of another plan, sent from the same database. */
let otherPlanFiles: Map<string, Buffer>;
const titles = {
  own: 'Tổ chức điều tra',
  criteria: 'Xây dựng bộ tiêu chí',
  international: 'Tổng hợp kinh nghiệm quốc tế',
  review: 'Rà soát văn bản',
};

const formOf = async (unitSlug: string) =>
  openForm([...files.entries()].find(([n]) => n.startsWith(`${unitSlug}/`) && n.endsWith('.xlsx'))![1]);
const rowOf = (form: FormSheet, title: string) => {
  const r = form
    .rows()
    .find((x) => String(form.sheet.getCell(x.row, form.column('title')).value).startsWith(title));
  if (!r) throw new Error(`no row ${title}`);
  return r;
};

beforeAll(async () => {
  app = openEditingApp();
  planId = (await app.call('listPlans', {}))[0]!.id;
  await addSharedTasks(app, planId);
  const pkg = await app.call('createProgressRequests', {
    planId,
    asOf: '2021-07-20',
    sentOn: '2021-07-10',
    dueOn: '2021-07-25',
  });
  files = unzipPackage(pkg.base64);
  // What happened after the forms were sent: progress typed in, a task renamed, another deleted.
  const view = await app.call('getPlanView', { planId, asOf: '2021-07-20' });
  const task = (title: string) => view.tasks.find((t) => t.title.startsWith(title))!;
  await app.call('addProgressUpdate', {
    taskId: task(titles.criteria).id,
    reportedOn: '2021-07-12',
    percent: 70,
    achieved: null,
    difficulties: null,
    enteredBy: null,
  });
  const review = task(titles.review);
  await app.call('updateTask', {
    taskId: review.id,
    fields: {
      title: `${review.title} (bổ sung Luật Giao dịch điện tử 2023)`,
      kind: review.kind,
      start: review.start,
      deadline: review.deadline,
      deadlineText: review.deadlineText,
      recurrence: review.recurrence,
      deliverable: review.deliverable,
      notes: review.notes,
      leadUnitId: review.leads[0]?.id ?? null,
      coLeadUnitIds: review.leads.slice(1).map((u) => u.id),
      supportUnitIds: review.supports.map((u) => u.id),
    },
  });
  await app.call('deleteTask', { taskId: task(titles.international).id, children: 'delete' });

  const other = app.services.repository.importDocument(generatePlan(12), { name: 'khac.txt', text: '' });
  const otherPkg = await app.call('createProgressRequests', {
    planId: other.planId,
    asOf: '2021-07-20',
    sentOn: '2021-07-10',
    dueOn: '2021-07-25',
  });
  otherPlanFiles = unzipPackage(otherPkg.base64);
});
afterAll(() => app.close());

type Case = {
  name: string;
  /** The spoiled file (name and bytes); most start from Vụ Tổng hợp's form. */
  make(): Promise<{ fileName: string; bytes: Buffer }[]>;
  message: RegExp;
  /** Only flagged (the user may still accept): a warning on the row. */
  warningOnly?: boolean;
  /** Accepting everything writes one row, not two. */
  writesOnce?: boolean;
};

async function spoil(edit: (form: FormSheet) => void | Promise<void>, fileName = 'vu-tong-hop.xlsx') {
  const form = await formOf('vu-tong-hop');
  await edit(form);
  return [{ fileName, bytes: await saveForm(form) }];
}
const fillOwn = (form: FormSheet, values: Parameters<typeof answer>[2]) =>
  answer(form, rowOf(form, titles.own).row, values);

const CASES: Case[] = [
  {
    name: 'not a spreadsheet at all, named .xlsx',
    make: async () => [
      { fileName: 'bao-cao.xlsx', bytes: Buffer.from('Kính gửi Tổ giúp việc, đơn vị báo cáo như sau…') },
    ],
    message: /không phải là tệp Excel \(\.xlsx\) hợp lệ/,
  },
  {
    name: 'an empty file',
    make: async () => [{ fileName: 'rong.xlsx', bytes: Buffer.alloc(0) }],
    message: /rỗng/,
  },
  {
    name: 'a scanned PDF instead of the form',
    make: async () => [{ fileName: 'bao-cao.pdf', bytes: Buffer.from('%PDF-1.4 …') }],
    message: /không phải biểu mẫu Excel \(\.xlsx\) hoặc Word \(\.docx\)/,
  },
  {
    name: 'a workbook that is not the form',
    make: async () => [
      { fileName: 'khac.xlsx', bytes: Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>') })) },
    ],
    message: /không (đọc được như một bảng tính|có bảng báo cáo tiến độ)/,
  },
  {
    name: 'the identity sheet deleted and the title rows cleared',
    make: () =>
      spoil((form) => {
        form.workbook.removeWorksheet(form.workbook.worksheets[1]!.id);
        for (let r = 1; r < form.headerRow; r++) form.sheet.getRow(r).values = [];
        fillOwn(form, { percent: 50 });
      }),
    message: /Không tìm thấy mã đề nghị trong tệp/,
  },
  {
    name: 'the form of another unit, relabelled',
    make: () =>
      spoil((form) => {
        form.workbook.worksheets[1]!.getCell('B3').value = 'Vụ Hợp tác quốc tế';
        fillOwn(form, { percent: 50 });
      }),
    message: /Biểu mẫu ghi đơn vị “Vụ Hợp tác quốc tế” nhưng đề nghị này gửi cho “Vụ Tổng hợp”/,
  },
  {
    name: 'a request this database never sent (another plan)',
    make: () =>
      spoil((form) => {
        form.workbook.worksheets[1]!.getCell('B1').value = 'ABCDEF123456';
        form.workbook.worksheets[1]!.getCell('B2').value = '01/QC-BCĐ';
        fillOwn(form, { percent: 50 });
      }),
    message: /Biểu mẫu thuộc Kế hoạch số 01\/QC-BCĐ, không phải kế hoạch đang mở/,
  },
  {
    name: 'a task key retyped',
    make: () =>
      spoil((form) => {
        const row = rowOf(form, titles.own).row;
        form.sheet.getCell(row, form.column('key')).value = 'NV99999-AB';
        answer(form, row, { percent: 50 });
      }),
    message: /Mã nhiệm vụ “NV99999-AB” không có trong đề nghị này/,
  },
  {
    name: 'a row without its key',
    make: () =>
      spoil((form) => {
        const row = rowOf(form, titles.own).row;
        form.sheet.getCell(row, form.column('key')).value = null;
        answer(form, row, { percent: 50 });
      }),
    message: /Dòng không có mã nhiệm vụ/,
  },
  {
    name: 'a percentage over 100',
    make: () => spoil((f) => fillOwn(f, { percent: 120 })),
    message: /120% vượt quá 100%/,
  },
  {
    name: 'a negative percentage',
    make: () => spoil((f) => fillOwn(f, { percent: -5 })),
    message: /-5% nhỏ hơn 0/,
  },
  {
    name: 'a fraction of a percent',
    make: () => spoil((f) => fillOwn(f, { percent: 45.5 })),
    message: /45.5% phải là số nguyên/,
  },
  {
    name: 'words in the percentage cell',
    make: () => spoil((f) => fillOwn(f, { percent: 'đang triển khai' })),
    message: /“đang triển khai” không phải là một số/,
  },
  {
    name: 'a report date in the future',
    make: () => spoil((f) => fillOwn(f, { percent: 40, reportedOn: '05/01/2099' })),
    message: /Ngày báo cáo 05\/01\/2099 ở tương lai/,
  },
  {
    name: 'a report date before the plan was issued',
    make: () => spoil((f) => fillOwn(f, { percent: 40, reportedOn: new Date(Date.UTC(2020, 11, 31)) })),
    message: /Ngày báo cáo 31\/12\/2020 trước ngày ban hành kế hoạch \(10\/06\/2021\)/,
  },
  {
    name: 'a day that does not exist',
    make: () => spoil((f) => fillOwn(f, { percent: 40, reportedOn: '31/02/2021' })),
    message: /“31\/02\/2021” không phải là một ngày có thật/,
  },
  {
    name: 'done on a day, but only half done',
    make: () => spoil((f) => fillOwn(f, { percent: 50, completedOn: '15/07/2021' })),
    message: /Đã ghi ngày hoàn thành 15\/07\/2021 nhưng tỷ lệ hoàn thành chỉ 50%/,
  },
  {
    name: 'the same task twice in one form',
    make: () =>
      spoil((form) => {
        const own = rowOf(form, titles.own);
        const extra = form.sheet.rowCount + 1;
        form.sheet.getCell(extra, form.column('key')).value = own.key;
        answer(form, own.row, { percent: 40 });
        answer(form, extra, { percent: 60 });
      }),
    message: /Nhiệm vụ được báo cáo hai lần trong cùng tệp \(dòng \d+, dòng \d+\)/,
  },
  {
    name: 'the form of another plan of the same database',
    make: async () => {
      const [name, bytes] = [...otherPlanFiles.entries()].find(([n]) => n.endsWith('.xlsx'))!;
      const form = await openForm(bytes);
      answer(form, form.rows()[0]!.row, { percent: 50 });
      return [{ fileName: path.basename(name), bytes: await saveForm(form) }];
    },
    message: /Biểu mẫu thuộc Kế hoạch số .+, không phải kế hoạch đang mở \(số 76\/KH-BCĐ-TANDTC\)/,
  },
  {
    name: 'the Excel and the Word form of one unit, both filled the same',
    make: async () => {
      const excel = await spoil((f) => fillOwn(f, { percent: 35, achieved: 'Đã lập kế hoạch khảo sát' }));
      const [, wordBytes] = [...files.entries()].find(
        ([n]) => n.startsWith('vu-tong-hop/bieu-mau') && n.endsWith('.docx'),
      )!;
      const form = await formOf('vu-tong-hop');
      const word = fillWordForm(wordBytes, rowOf(form, titles.own).key, {
        percent: '35',
        achieved: 'Đã lập kế hoạch khảo sát',
      });
      return [...excel, { fileName: 'vu-tong-hop.docx', bytes: word }];
    },
    message: /Trùng với nội dung của tệp “vu-tong-hop.xlsx”: chỉ ghi một lần/,
    writesOnce: true,
  },
  {
    name: 'an empty form sent back as it came',
    make: () => spoil(() => undefined),
    message: /Biểu mẫu trống/,
  },
  {
    name: 'a task deleted after the form was sent',
    make: () => spoil((f) => answer(f, rowOf(f, titles.international).row, { percent: 30 })),
    message: /không còn trong kế hoạch: đã bị xóa sau khi gửi biểu mẫu/,
  },
  {
    name: 'a percentage below the last one recorded',
    make: () => spoil((f) => answer(f, rowOf(f, titles.criteria).row, { percent: 40 })),
    message: /Tỷ lệ 40% thấp hơn lần ghi nhận trước \(70% ngày 12\/07\/2021\)/,
    warningOnly: true,
  },
  {
    name: 'a task renamed after the form was sent',
    make: () => spoil((f) => answer(f, rowOf(f, titles.review).row, { percent: 20 })),
    message: /Nhiệm vụ đã thay đổi sau khi gửi biểu mẫu: tên nhiệm vụ/,
    warningOnly: true,
  },
  {
    name: 'one task reported differently by its lead and its supporting unit',
    make: async () => {
      const lead = await spoil((f) => answer(f, rowOf(f, titles.criteria).row, { percent: 80 }));
      const support = await formOf('vu-phap-che-va-quan-ly-khoa-hoc');
      answer(support, rowOf(support, titles.criteria).row, { percent: 75 });
      return [...lead, { fileName: 'vu-phap-che.xlsx', bytes: await saveForm(support) }];
    },
    message: /Nhiệm vụ được báo cáo khác nhau \(Vụ Pháp chế và Quản lý khoa học: 75%\)/,
    warningOnly: true,
  },
];

const messagesOf = (file: PreviewFile) => [
  ...file.problems.map((p) => p.message),
  ...file.rows.flatMap((r) => r.problems.map((p) => p.message)),
];

describe('spoiled returned forms', () => {
  it('holds at least 15 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(15));

  for (const c of CASES) {
    it(`${c.name}: ${c.warningOnly ? 'flagged' : 'refused'}, with its message`, async () => {
      const made = await c.make();
      const input = { planId, files: made.map((m) => asFile(m.fileName, m.bytes)) };
      const db = app.services.repository.database;
      const before = dumpTables(db);
      const preview = await app.call('previewReturnedForms', input);
      expect(dumpTables(db)).toEqual(before);
      const messages = preview.files.flatMap(messagesOf);
      expect(
        messages.some((m) => c.message.test(m)),
        messages.join('\n'),
      ).toBe(true);
      const flagged = preview.files
        .flatMap((f) => f.rows)
        .filter((r) => r.problems.some((p) => c.message.test(p.message)));
      if (c.warningOnly) {
        expect(flagged.length).toBeGreaterThan(0);
        expect(flagged.every((r) => r.acceptable && !r.suggested)).toBe(true);
        return;
      }
      // Ticking everything the preview offers writes nothing of the spoiled rows.
      const everything = preview.files.flatMap((f) => f.rows.map((r) => ({ sha256: f.sha256, key: r.key })));
      const result = await app.call('acceptReturnedForms', { ...input, accepted: everything });
      if (c.writesOnce) {
        expect(result.acceptedCount).toBe(1);
        await app.call('undo', {});
      } else expect(result.acceptedCount).toBe(0);
      expect(dumpTables(db)).toEqual(before);
    });
  }
});
