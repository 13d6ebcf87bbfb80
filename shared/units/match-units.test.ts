import { describe, expect, it } from 'vitest';
import { type RegistryUnit, matchUnits } from './match-units';
import { normalizeUnitName } from './unit-name';

const registry: RegistryUnit[] = [
  { id: 1, name: 'Vụ Tổng hợp', fullName: 'Vụ Tổng hợp Tòa án nhân dân tối cao', agency: 'TANDTC' },
  { id: 2, name: 'Văn phòng', fullName: 'Văn phòng Tòa án nhân dân tối cao', agency: 'TANDTC' },
  {
    id: 3,
    name: 'Cục Tin học hóa',
    fullName: 'Cục Tin học hóa – Bộ Thông tin và Truyền thông',
    agency: 'Bộ TTTT',
  },
  { id: 4, name: 'Văn phòng Chính phủ', fullName: 'Văn phòng Chính phủ', agency: null },
];
const match = (name: string) => {
  const [result] = matchUnits([normalizeUnitName(name)!], registry);
  return [result!.status, result!.unit?.id ?? null, result!.alternatives.map((a) => a.id)];
};

describe('matching units named in a file to the registry', () => {
  it('finds a unit however it is written: full name, agency suffix or abbreviation, old tone marks', () => {
    expect(match('Vụ Tổng hợp')).toEqual(['matched', 1, []]);
    expect(match('Vụ Tổng hợp Tòa án nhân dân tối cao')).toEqual(['matched', 1, []]);
    expect(match('Vụ Tổng hợp TANDTC')).toEqual(['matched', 1, []]);
    expect(match('VỤ TỔNG HỢP')).toEqual(['matched', 1, []]);
    expect(match('Cục Tin học hoá')).toEqual(['matched', 3, []]);
  });

  it('proposes the unit a name differs from only by accents', () => {
    expect(match('Vu Tong hop')).toEqual(['near', 1, []]);
    expect(match('Cuc Tin hoc hoa - Bo Thong tin va Truyen thong')).toEqual(['near', 3, []]);
  });

  it('never takes the unit of another agency for the same short name', () => {
    expect(match('Văn phòng Bộ Thông tin và Truyền thông')).toEqual(['near', null, [2]]);
    expect(match('Văn phòng Chính phủ')).toEqual(['matched', 4, []]);
  });

  it('says new for a unit not in the registry', () => {
    expect(match('Học viện Tòa án')).toEqual(['new', null, []]);
  });
});
