import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TEXT } from '../default-plan/default-plan-text';
import type { ParsedPlanDocument } from './parsed-plan';
import { parsePlanDocument } from './parse-plan-document';

function parseOk(text: string): ParsedPlanDocument {
  const outcome = parsePlanDocument(text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.document;
}

describe('parsing Kế hoạch 76 (the seed)', () => {
  const doc = parseOk(DEFAULT_PLAN_TEXT);
  const unitName = (key: string | null) => doc.units.find((u) => u.key === key)?.name ?? null;

  it('reads the header', () => {
    expect(doc.header).toEqual({
      code: '76/KH-BCĐ-TANDTC',
      documentType: 'Kế hoạch',
      title: 'Xây dựng “Đề án xây dựng Tòa án điện tử ở Việt Nam đáp ứng yêu cầu cải cách tư pháp”',
      place: 'Hà Nội',
      issuedOn: '2021-06-10',
    });
  });

  it('yields the group 1 and items 1.1–1.5 from section II only', () => {
    expect(doc.items.map((i) => [i.wbs, i.parentWbs])).toEqual([
      ['1', null],
      ['1.1', '1'],
      ['1.2', '1'],
      ['1.3', '1'],
      ['1.4', '1'],
      ['1.5', '1'],
    ]);
    expect(doc.items[0]!.title).toBe('Các hoạt động nghiên cứu, xây dựng Đề án');
    expect(doc.items[4]!.title).toBe('Đề xuất nội dung chính, xây dựng Đề cương Đề án');
  });

  it('finds the right lead units, and keeps "Các đơn vị có liên quan" as written', () => {
    const byWbs = Object.fromEntries(doc.items.map((i) => [i.wbs, i]));
    expect(['1.1', '1.2', '1.3', '1.4', '1.5'].map((w) => unitName(byWbs[w]!.leadKeys[0] ?? null))).toEqual([
      'Vụ Tổng hợp',
      'Vụ Pháp chế và Quản lý khoa học',
      'Vụ Hợp tác quốc tế',
      'Tổ giúp việc',
      null,
    ]);
    for (const w of ['1.1', '1.2', '1.3', '1.4']) {
      expect(byWbs[w]!.supportKeys.map(unitName)).toEqual(['Các đơn vị có liên quan']);
    }
    expect(doc.units.map((u) => [u.name, u.agency, u.isCollective])).toEqual([
      ['Vụ Tổng hợp', 'TANDTC', false],
      ['Các đơn vị có liên quan', null, true],
      ['Vụ Pháp chế và Quản lý khoa học', 'TANDTC', false],
      ['Vụ Hợp tác quốc tế', 'TANDTC', false],
      ['Tổ giúp việc', null, false],
    ]);
  });

  it('understands the deadlines and keeps their wording', () => {
    const deadlines = doc.items
      .slice(1)
      .map((i) =>
        i.deadline?.ok ? [i.deadline.wording, i.deadline.deadline, i.deadline.precision] : i.deadline,
      );
    expect(deadlines).toEqual([
      ['Trước ngày 15 tháng 7 năm 2021', '2021-07-14', 'day'],
      ['Trước ngày 15 tháng 7 năm 2021', '2021-07-14', 'day'],
      ['Trước ngày 15 tháng 7 năm 2021', '2021-07-14', 'day'],
      ['Tháng 7 năm 2021', '2021-07-31', 'month'],
      null,
    ]);
  });

  it('keeps the deliverables', () => {
    expect(doc.items.map((i) => i.deliverable)).toEqual([
      null,
      'Kết quả khảo sát và Báo cáo tổng kết thực tiễn việc ứng dụng công nghệ thông tin trong các hoạt động của Tòa án nhân dân thời gian qua',
      'Báo cáo đánh giá thực trạng các quy định pháp luật có liên quan, kiến nghị, giải pháp và sự cần thiết xây dựng Tòa án điện tử ở Việt Nam',
      'Báo cáo nghiên cứu một số mô hình Tòa án điện tử trên thế giới và bài học kinh nghiệm và các tài liệu Quốc tế có liên quan phục vụ nghiên cứu xây dựng Đề án',
      'dự thảo Đề cương Đề án',
      null,
    ]);
  });

  it('flags item 1.5 as incomplete and the document as ending there, with its line', () => {
    const line15 = DEFAULT_PLAN_TEXT.split('\n').findIndex((l) => l.startsWith('1.5.')) + 1;
    expect(doc.warnings).toEqual([
      {
        wbs: '1.5',
        line: line15,
        fields: ['lead', 'deadline', 'deliverable'],
        message: 'Mục 1.5 thiếu đơn vị chủ trì, thời gian hoàn thành và kết quả thực hiện: cần bổ sung.',
      },
      {
        wbs: '1.5',
        line: line15,
        message:
          'Văn bản kết thúc tại mục 1.5: phần sau của kế hoạch không có trong văn bản nên chưa được nhập.',
      },
    ]);
    expect(doc.items[5]).toMatchObject({ kind: 'meeting', leadKeys: [], deadline: null, deliverable: null });
  });

  it('is the very text of the seed in the steering folder', () => {
    const seed = new URL('../../../shared/seeds/kh-76-KH-BCD-TANDTC-2021.txt', import.meta.url);
    if (!fs.existsSync(seed)) return; // the steering folder is beside the repo in development and CI
    expect(DEFAULT_PLAN_TEXT).toBe(fs.readFileSync(seed, 'utf8'));
  });
});

describe('parsing other plans', () => {
  const plan = (body: string) =>
    `Số: 12/KH-TEST\n\nHà Nội, ngày 05 tháng 3 năm 2022\n\nKẾ HOẠCH\n\nThử nghiệm\n\n${body}`;

  it('refuses a document with no recognisable items, in Vietnamese', () => {
    const outcome = parsePlanDocument('Đây là một lá thư, không phải kế hoạch.\nKính gửi …');
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('Không tìm thấy nhiệm vụ nào') });
  });

  it('refuses duplicated item numbers, naming both lines', () => {
    const outcome = parsePlanDocument(
      plan('II. NỘI DUNG\n\n1.1. Việc A\n- Chủ trì: Vụ Tổng hợp.\n\n1.1. Việc B\n- Chủ trì: Văn phòng.\n'),
    );
    expect(outcome).toEqual({
      ok: false,
      message:
        'Số mục 1.1 bị trùng (dòng 11 và dòng 14). Hãy sửa văn bản để mỗi mục có một số riêng rồi nhập lại.',
    });
  });

  it('refuses items nested deeper than the plan model allows', () => {
    const deep = Array.from({ length: 20 }, (_, i) => Array.from({ length: i + 1 }, () => '1').join('.'));
    const body = deep.map((n) => `${n}. Việc ${n}\n- Chủ trì: Vụ Tổng hợp.`).join('\n\n');
    const outcome = parsePlanDocument(plan(`II. NỘI DUNG\n\n${body}\n`));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      /^Mục 1\.1\.1\.1\.1\.1\.1 \(dòng \d+\) lồng quá sâu: 7 cấp/,
    );
  });

  it('warns about a deadline it cannot understand, at the deadline line, and keeps several lead units', () => {
    const doc = parseOk(
      plan(
        'II. NỘI DUNG\n\n1. Việc A\n- Chủ trì: Vụ Tổng hợp, Văn phòng.\n- Thời gian hoàn thành: Trước ngày 31 tháng 2 năm 2022.\n- Kết quả thực hiện: Báo cáo.\n./.',
      ),
    );
    expect(doc.warnings.map((w) => [w.wbs, w.line])).toEqual([['1', 13]]);
    expect(doc.warnings[0]!.message).toMatch(/^Mục 1: .*31 tháng 2 năm 2022/);
    const unitName = (key: string) => doc.units.find((u) => u.key === key)?.name;
    expect(doc.items[0]!.leadKeys.map(unitName)).toEqual(['Vụ Tổng hợp', 'Văn phòng']);
    expect(doc.items[0]!.supportKeys).toEqual([]);
    expect(doc.items[0]!.deadline).toMatchObject({ ok: false, reason: 'impossible-date' });
  });

  it('anchors "kể từ ngày ký" on the date the document was signed', () => {
    const doc = parseOk(
      plan(
        'II. NỘI DUNG\n\n1. Việc A\n- Chủ trì: Vụ Tổng hợp.\n- Thời gian hoàn thành: Trong vòng 30 ngày kể từ ngày ký.\n- Kết quả thực hiện: Kế hoạch.\n',
      ),
    );
    expect(doc.items[0]!.deadline).toMatchObject({ ok: true, deadline: '2022-04-04', precision: 'day' });
    expect(doc.warnings).toEqual([]);
  });
});
