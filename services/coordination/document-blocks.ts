/**
 * Splits a coordination document into blocks (a heading, a clause, a paragraph), joining the lines a
 * hard-wrapped text broke mid-sentence. Each block keeps the line it starts on, for warnings.
 */
import { cleanLine } from '../../shared/plan-document/plan-header';

export type Block = { text: string; line: number };

/** Lines that always start a block: chapters, articles, sections, clauses, points, dashes. */
const BLOCK_START =
  /^(?:Chương [IVXLC]+\b|Điều \d+\.|[IVXLC]+\.\s|\d{1,2}\.\s|[a-zđ]\)\s|-\s|Số\s*:|Nơi nhận|Căn cứ\s)/u;

export const isCapitals = (line: string): boolean =>
  /\p{L}/u.test(line) && line === line.toLocaleUpperCase('vi');
const startsLower = (line: string): boolean => /^\p{Ll}/u.test(line);

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let afterBlank = true;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = cleanLine(raw);
    if (line === '' || line === '|' || /^-{3,}$/.test(line)) {
      afterBlank = true;
      return;
    }
    const last = blocks[blocks.length - 1];
    const starts =
      !last ||
      BLOCK_START.test(line) ||
      isCapitals(line) !== isCapitals(last.text) ||
      (afterBlank && !startsLower(line));
    if (starts) blocks.push({ text: line, line: index + 1 });
    else last.text = `${last.text} ${line}`;
    afterBlank = false;
  });
  return blocks;
}
