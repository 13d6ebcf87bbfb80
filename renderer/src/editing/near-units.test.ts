import { describe, expect, it } from 'vitest';
import { findNearUnits } from './near-units';

const units = [
  { id: 1, name: 'Vụ Tổng hợp', fullName: 'Vụ Tổng hợp Tòa án nhân dân tối cao' },
  { id: 2, name: 'Cục Kế hoạch - Tài chính', fullName: null },
  { id: 3, name: 'Văn phòng', fullName: 'Văn phòng Tòa án nhân dân tối cao' },
];

describe('near-duplicate units', () => {
  it('finds a unit typed without accents, in other case or spacing', () => {
    expect(findNearUnits('vu tong  hop', units).map((u) => u.id)).toEqual([1]);
    expect(findNearUnits('CỤC KẾ HOẠCH – TÀI CHÍNH', units).map((u) => u.id)).toEqual([2]);
  });

  it('sees through the agency suffix, written out or abbreviated', () => {
    expect(findNearUnits('Vụ Tổng hợp Tòa án nhân dân tối cao', units).map((u) => u.id)).toEqual([1]);
    expect(findNearUnits('Vụ Tổng hợp TANDTC', units).map((u) => u.id)).toEqual([1]);
    expect(findNearUnits('vu tong hop toa an nhan dan toi cao', units).map((u) => u.id)).toEqual([1]);
    expect(findNearUnits('Van phong - TANDTC', units).map((u) => u.id)).toEqual([3]);
  });

  it('does not match a different unit', () => {
    expect(findNearUnits('Vụ Pháp chế và Quản lý khoa học', units)).toEqual([]);
    expect(findNearUnits('Vụ Tổng hợp 2', units)).toEqual([]);
    expect(findNearUnits('  ', units)).toEqual([]);
  });
});
