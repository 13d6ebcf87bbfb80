import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesTerms, searchTerms } from './search-text';

describe('foldForSearch', () => {
  it('removes Vietnamese tone and vowel marks and đ', () => {
    expect(foldForSearch('Vụ Tổng hợp Tòa án nhân dân tối cao')).toBe('vu tong hop toa an nhan dan toi cao');
    expect(foldForSearch('Đề án ĐIỆN TỬ')).toBe('de an dien tu');
  });

  it('treats precomposed and decomposed input alike', () => {
    expect(foldForSearch('Ho\u0302\u0300')).toBe(foldForSearch('Hồ'));
  });
});

describe('matchesTerms', () => {
  it('finds "tong hop" in "Tổng hợp"', () => {
    expect(matchesTerms(foldForSearch('Vụ Tổng hợp'), searchTerms('tong hop'))).toBe(true);
  });

  it('requires every word', () => {
    expect(matchesTerms(foldForSearch('Vụ Tổng hợp'), searchTerms('tong phap'))).toBe(false);
  });

  it('matches everything for a blank query', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(matchesTerms('anything', [])).toBe(true);
  });
});
