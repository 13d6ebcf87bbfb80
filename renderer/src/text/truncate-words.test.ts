import { describe, expect, it } from 'vitest';
import { truncateWords } from './truncate-words';

describe('truncateWords', () => {
  it('keeps short text as it is', () => {
    expect(truncateWords('Đề cương Đề án', 40)).toBe('Đề cương Đề án');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncateWords('Nghiên cứu xây dựng Báo cáo đánh giá thực trạng', 24)).toBe(
      'Nghiên cứu xây dựng Báo…',
    );
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(truncateWords('Tổ chức họp Ban Chỉ đạo, Tổ giúp việc Đề án', 24)).toBe('Tổ chức họp Ban Chỉ đạo…');
  });

  it('collapses runs of whitespace', () => {
    expect(truncateWords('  Vụ   Tổng\nhợp ', 40)).toBe('Vụ Tổng hợp');
  });
});
