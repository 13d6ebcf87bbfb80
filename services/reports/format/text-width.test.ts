import { describe, expect, it } from 'vitest';
import { lineAndWordWidths, textWidth } from './text-width';

describe('lineAndWordWidths', () => {
  // Column widths rest on these two figures: the one pass must give what measuring the line and
  // each of its words (split at white space) gives.
  const lines = [
    '',
    'Tổ chức điều tra, khảo sát',
    '  Hoàn thành ngày 12/07/2021  ',
    'Quá hạn 12 ngày,\t40%',
    'Đơn vị\u00a0phối hợp\u2003Vụ Tổng hợp',
    'MMMWWW mmm www',
    'Chưa xác định thời hạn — cần bổ sung',
    '1.2.10',
  ];
  for (const line of lines)
    for (const bold of [false, true])
      it(`measures “${line}”${bold ? ' in bold' : ''} as textWidth does`, () => {
        const words = line.split(/\s+/).map((word) => textWidth(word, 12, bold));
        expect(lineAndWordWidths(line, 12, bold)).toEqual({
          line: textWidth(line, 12, bold),
          longestWord: Math.max(0, ...words),
        });
      });

  it('gives a long word more width than a short line of short words', () => {
    const { line, longestWord } = lineAndWordWidths('a bb ccccccccccccccc', 12, false);
    expect(longestWord).toBeGreaterThan(line / 2);
    expect(longestWord).toBeLessThan(line);
  });
});
