import { describe, expect, it } from 'vitest';
import { applyPreviewEdits } from './preview-edits';
import { header, parseOk, readTasks } from './test-documents';

const doc = parseOk(
  header('60/KH-TEST', 'KẾ HOẠCH', 'ngày 02 tháng 01 năm 2024', 'Thử sửa trước khi lưu') +
    'II. NỘI DUNG\n' +
    '1. Nhóm việc\n' +
    '1.1. Việc không rõ hạn\n- Chủ trì: Vụ Tổng hợp\n- Thời hạn: Sau khi có ý kiến\n- Sản phẩm: Báo cáo\n' +
    '1.2. Việc thiếu chủ trì\n- Thời hạn: Quý II/2024\n- Sản phẩm: Báo cáo\n' +
    '2. Việc không cần\n- Chủ trì: Văn phòng\n- Thời hạn: Quý III/2024\n- Sản phẩm: Công văn\n',
);

describe('corrections made in the preview', () => {
  it('starts from what was read, with problems on their rows', () => {
    expect(doc.warnings.map((w) => [w.wbs, w.fields])).toEqual([
      ['1.1', ['deadline']],
      ['1.2', ['lead']],
    ]);
  });

  it('re-reads a corrected deadline, takes a lead from its name, drops a row, and clears the problems fixed', () => {
    const edited = applyPreviewEdits(doc, [
      { wbs: '1.1', deadlineText: 'Tháng 3 - tháng 6/2024', title: 'Việc đã rõ hạn' },
      { wbs: '1.2', leads: ['Cục Công nghệ thông tin Tòa án nhân dân tối cao'], supports: ['Vụ Tổng hợp'] },
      { wbs: '2', dropped: true },
    ]);
    expect(readTasks(edited)).toEqual([
      { wbs: '1', title: 'Nhóm việc', lead: null, support: [], deadline: null, due: null },
      {
        wbs: '1.1',
        title: 'Việc đã rõ hạn',
        lead: 'Vụ Tổng hợp',
        support: [],
        deadline: 'Tháng 3 - tháng 6/2024',
        due: '2024-06-30',
        start: '2024-03-01',
      },
      {
        wbs: '1.2',
        title: 'Việc thiếu chủ trì',
        lead: 'Cục Công nghệ thông tin',
        support: ['Vụ Tổng hợp'],
        deadline: 'Quý II/2024',
        due: '2024-06-30',
      },
    ]);
    expect(edited.warnings).toEqual([]);
    expect(edited.units.map((u) => [u.name, u.agency])).toEqual([
      ['Vụ Tổng hợp', null],
      ['Cục Công nghệ thông tin', 'TANDTC'],
    ]);
    // The document as read is left as it was.
    expect(doc.items).toHaveLength(4);
  });

  it('reports what a correction still leaves wrong, at the row', () => {
    const edited = applyPreviewEdits(doc, [
      { wbs: '1.1', deadlineText: 'Trước ngày 31/2/2024' },
      { wbs: '2', leads: [], deadlineText: '' },
    ]);
    expect(edited.warnings.map((w) => [w.wbs, w.message])).toEqual([
      ['1.2', 'Mục 1.2 thiếu đơn vị chủ trì: cần bổ sung.'],
      ['1.1', 'Mục 1.1: Ngày 31 tháng 2 năm 2024 không có thật.'],
      ['2', 'Mục 2 thiếu đơn vị chủ trì và thời gian hoàn thành: cần bổ sung.'],
    ]);
  });

  it('drops the items under a dropped group with it', () => {
    const edited = applyPreviewEdits(doc, [{ wbs: '1', dropped: true }]);
    expect(edited.items.map((i) => i.wbs)).toEqual(['2']);
    expect(edited.warnings).toEqual([]);
    expect(edited.units.map((u) => u.name)).toEqual(['Văn phòng']);
  });

  it('keeps every lead the user names, in order, and never also as a support', () => {
    const edited = applyPreviewEdits(doc, [
      {
        wbs: '1.2',
        leads: ['Vụ Tổng hợp', 'Cục Công nghệ thông tin'],
        supports: ['Cục Công nghệ thông tin', 'Văn phòng'],
      },
    ]);
    expect(readTasks(edited).find((t) => t.wbs === '1.2')).toMatchObject({
      lead: 'Vụ Tổng hợp',
      coLeads: ['Cục Công nghệ thông tin'],
      support: ['Văn phòng'],
    });
    expect(edited.warnings.map((w) => w.wbs)).toEqual(['1.1']);
  });
});
