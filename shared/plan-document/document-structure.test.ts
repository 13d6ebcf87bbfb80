/** Numbering and size: Roman parts, items past 999, text running over many lines. */
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from './parse-plan-document';
import { header, parseOk, readTasks } from './test-documents';

const opening = header('200/KH-TEST', 'KẾ HOẠCH', 'ngày 02 tháng 01 năm 2024', 'Thử cấu trúc');
const task = (n: string, title: string) =>
  `${n}. ${title}\n- Chủ trì: Vụ Tổng hợp.\n- Thời hạn: Quý II/2024.\n- Sản phẩm: Báo cáo.\n`;

describe('document structure', () => {
  it('reads items numbered 1000 and above as themselves, never folded into the item before', () => {
    const body = Array.from({ length: 1203 }, (_, i) => task(String(i + 1), `Việc số ${i + 1}`)).join('\n');
    const doc = parseOk(`${opening}II. NỘI DUNG\n\n${body}`);
    expect(doc.items).toHaveLength(1203);
    const byWbs = new Map(doc.items.map((i) => [i.wbs, i]));
    expect(byWbs.get('999')!.title).toBe('Việc số 999');
    expect(byWbs.get('1000')!.title).toBe('Việc số 1000');
    expect(byWbs.get('1203')!.title).toBe('Việc số 1203');
    expect(doc.warnings).toEqual([]);
  });

  it('reads sub-items past 999 ("12.1000.") too', () => {
    const doc = parseOk(`${opening}II. NỘI DUNG\n12. Nhóm\n${task('12.1000', 'Việc lẻ')}`);
    expect(doc.items.map((i) => [i.wbs, i.parentWbs])).toEqual([
      ['12', null],
      ['12.1000', '12'],
    ]);
  });

  it('refuses an item number too long to be one, saying which line', () => {
    const text = `${opening}II. NỘI DUNG\n${task('1', 'A')}${task('1234567', 'B')}`;
    const line = text.split('\n').indexOf('1234567. B') + 1;
    expect(parsePlanDocument(text)).toEqual({
      ok: false,
      message: `Mục số 1234567 (dòng ${line}) có số thứ tự quá lớn: mỗi cấp của số mục có tối đa 5 chữ số. Hãy kiểm tra lại dòng này trong văn bản.`,
    });
  });

  it('keeps every line of a title and a field that run over thousands of lines (1 MB), in order', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `dòng tiếp theo số ${i} của nội dung`);
    const text =
      `${opening}II. NỘI DUNG\n1. Việc dài\n${words.slice(0, 10_000).join('\n')}\n` +
      `- Chủ trì: Vụ Tổng hợp.\n- Thời hạn: Quý II/2024.\n- Sản phẩm: Báo cáo\n${words.slice(10_000).join('\n')}\n`;
    expect(text.length).toBeGreaterThan(700_000);
    const doc = parseOk(text);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.title).toBe(`Việc dài ${words.slice(0, 10_000).join(' ')}`);
    expect(doc.items[0]!.deliverable).toBe(`Báo cáo ${words.slice(10_000).join(' ')}`);
  });

  it('prefixes items with their Roman part when several parts hold tasks', () => {
    const doc = parseOk(
      `${opening}I. MỤC ĐÍCH\n1. Bảo đảm tiến độ.\n\nII. NHIỆM VỤ NĂM 2024\n${task('1', 'Việc A')}\n` +
        `III. NHIỆM VỤ NĂM 2025\n${task('1', 'Việc B')}`,
    );
    expect(readTasks(doc).map((t) => [t.wbs, t.title])).toEqual([
      ['II.1', 'Việc A'],
      ['III.1', 'Việc B'],
    ]);
  });

  it('accepts "1)" numbering and keeps the first of a repeated label, the repeat in the notes', () => {
    const doc = parseOk(
      `${opening}II. NỘI DUNG\n1) Việc A\n- Chủ trì: Vụ Tổng hợp\n- Thời hạn: Quý II/2024\n- Thời hạn: Quý III/2024\n- Sản phẩm: Báo cáo\n`,
    );
    expect(readTasks(doc)).toEqual([
      {
        wbs: '1',
        title: 'Việc A',
        lead: 'Vụ Tổng hợp',
        support: [],
        deadline: 'Quý II/2024',
        due: '2024-06-30',
      },
    ]);
    expect(doc.items[0]!.notes).toBe('Thời hạn: Quý III/2024');
  });
});
