import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('neutralises markup and keeps Vietnamese text intact', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)"> Vụ Tổng hợp & “Đề án”')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Vụ Tổng hợp &amp; “Đề án”',
    );
  });

  it('escapes single quotes', () => {
    expect(escapeHtml("a'b")).toBe('a&#39;b');
  });
});
