import { describe, expect, it } from 'vitest';
import { normalizeUnitName, splitUnitList, unitKey } from './unit-name';

describe('unit names', () => {
  it('splits the agency off a unit of TANDTC and keeps the full name', () => {
    expect(normalizeUnitName('Vụ Tổng hợp Tòa án nhân dân tối cao.')).toEqual({
      name: 'Vụ Tổng hợp',
      fullName: 'Vụ Tổng hợp Tòa án nhân dân tối cao',
      agency: 'TANDTC',
      isCollective: false,
      key: unitKey('Vụ Tổng hợp'),
    });
    expect(normalizeUnitName('Vụ Pháp chế và Quản lý khoa học Tòa án nhân dân tối cao')?.name).toBe(
      'Vụ Pháp chế và Quản lý khoa học',
    );
  });

  it('treats old tone placement, case and spacing as the same unit', () => {
    expect(normalizeUnitName('Vụ Hợp tác quốc tế Toà án nhân dân  tối cao')?.key).toBe(
      normalizeUnitName('vụ hợp tác quốc tế TANDTC')?.key,
    );
    expect(unitKey('Tổ giúp việc')).not.toBe(unitKey('Tổ giúp viếc'));
  });

  it('recognises units of other agencies, with a dash or "thuộc"', () => {
    expect(normalizeUnitName('Cục Tin học hóa – Bộ Thông tin và Truyền thông')).toMatchObject({
      name: 'Cục Tin học hóa',
      agency: 'Bộ TTTT',
    });
    expect(normalizeUnitName('Vụ Pháp luật thuộc Văn phòng Chính phủ')).toMatchObject({
      name: 'Vụ Pháp luật',
      agency: 'VPCP',
    });
  });

  it('keeps an agency named on its own as it is', () => {
    expect(normalizeUnitName('Bộ Thông tin và Truyền thông')).toMatchObject({
      name: 'Bộ Thông tin và Truyền thông',
      agency: null,
    });
    expect(normalizeUnitName('Tổ giúp việc.')).toMatchObject({ name: 'Tổ giúp việc', agency: null });
  });

  it('keeps "Các đơn vị có liên quan" as written, flagged collective', () => {
    expect(normalizeUnitName('Các đơn vị có liên quan.')).toMatchObject({
      name: 'Các đơn vị có liên quan',
      isCollective: true,
    });
  });

  it('splits on "và" only where a new unit begins', () => {
    expect(splitUnitList('Vụ Tổng hợp và Văn phòng Tòa án nhân dân tối cao')).toEqual([
      'Vụ Tổng hợp',
      'Văn phòng Tòa án nhân dân tối cao',
    ]);
    expect(splitUnitList('Bộ Thông tin và Truyền thông, Sở Tư pháp và các đơn vị có liên quan')).toEqual([
      'Bộ Thông tin và Truyền thông',
      'Sở Tư pháp',
      'các đơn vị có liên quan',
    ]);
    expect(splitUnitList('Văn phòng (Tổ A và Tổ B)')).toEqual(['Văn phòng (Tổ A và Tổ B)']);
  });

  it('splits lists on commas and semicolons but not on "và" inside a name', () => {
    expect(splitUnitList('Vụ Pháp chế và Quản lý khoa học, Vụ Tổng hợp; Văn phòng (Tổ A, Tổ B).')).toEqual([
      'Vụ Pháp chế và Quản lý khoa học',
      'Vụ Tổng hợp',
      'Văn phòng (Tổ A, Tổ B)',
    ]);
  });
});
