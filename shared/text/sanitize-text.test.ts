import { describe, expect, it } from 'vitest';
import { textForTerminal, textForXml } from './escape-output';
import { sanitizeLine, sanitizeMultiline, sanitizeStringsDeep } from './sanitize-text';

describe('text entering the app', () => {
  it('removes terminal escapes, bell and other controls from a title', () => {
    expect(sanitizeLine('Nhiệm vụ\u001b]0;pwned\u0007 \u001b[31mđỏ\u001b[0m')).toBe(
      'Nhiệm vụ]0;pwned [31mđỏ[0m',
    );
    expect(sanitizeLine('a\u0000b\u007fc\u0085d\u009be')).toBe('abc de');
  });

  it('turns line breaks and tabs into spaces on one line, keeps them in several lines', () => {
    expect(sanitizeLine('Dòng một\r\nDòng hai\tcột')).toBe('Dòng một Dòng hai cột');
    expect(sanitizeMultiline('Dòng một\r\nDòng hai\rDòng ba\tcột\fTrang sau')).toBe(
      'Dòng một\nDòng hai\nDòng ba\tcột\nTrang sau',
    );
  });

  it('neutralises bidirectional overrides so a name reads as it is', () => {
    expect(sanitizeLine('bao-cao-\u202egnp.exe')).toBe('bao-cao-gnp.exe');
    expect(sanitizeLine('\u2067Vụ\u2069 \u200fTổng hợp\u202c')).toBe('Vụ Tổng hợp');
  });

  it('keeps Vietnamese, emoji and other scripts untouched', () => {
    const text = 'Tòa án nhân dân tối cao — “Đề án” 📅 中文 العربية';
    expect(sanitizeMultiline(text)).toBe(text);
  });

  it('replaces half of a surrogate pair, which no file can store', () => {
    expect(sanitizeLine('a\ud800b')).toBe('a\ufffdb');
    expect(sanitizeLine('😀')).toBe('😀');
  });

  it('cleans every string of a parsed result', () => {
    const parsed = { title: 'A\u0007', items: [{ notes: ['x\u001by'], n: 3 }], none: null };
    expect(sanitizeStringsDeep(parsed)).toEqual({ title: 'A', items: [{ notes: ['xy'], n: 3 }], none: null });
  });
});

describe('text leaving the app', () => {
  it('shows controls in a terminal as visible symbols', () => {
    expect(textForTerminal('a\u001b[2Jb\u0007\u009b')).toBe('a␛[2Jb␇\ufffd');
    expect(textForTerminal('x\u202ey')).toBe('xy');
  });

  it('drops what XML cannot carry', () => {
    expect(textForXml('a\u0001b\u000bc\tOK\n')).toBe('abc\tOK\n');
  });
});
