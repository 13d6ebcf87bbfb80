import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('writes bytes, kilobytes and megabytes with a decimal comma, never "0,0 MB"', () => {
    expect(formatFileSize(0)).toBe('0 byte');
    expect(formatFileSize(900)).toBe('900 byte');
    expect(formatFileSize(1024)).toBe('1 KB');
    expect(formatFileSize(1946)).toBe('2 KB');
    expect(formatFileSize(856 * 1024)).toBe('856 KB');
    expect(formatFileSize(1024 * 1024)).toBe('1,0 MB');
    expect(formatFileSize(12.4 * 1024 * 1024)).toBe('12,4 MB');
    expect(formatFileSize(1024 * 1024 * 1024)).toBe('1024,0 MB');
  });
});
