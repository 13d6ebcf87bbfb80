/**
 * What a workbook would expand to, read from its XML before exceljs loads it: exceljs creates every
 * cell of a merged range and every row up to the last one used, so one merged range A3:XFD1048576
 * in a 1.9 KB file is 17 billion cells. The sheets are scanned once, linearly, without building
 * anything; a workbook beyond a plan's size is refused here.
 */
import { MAX_SHEET_ROWS, MAX_TABLE_CELLS, checkXmlPartSize, tooMuch } from '../common/import-limits';

const MERGE =
  /<(?:[\w-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?["']/g;
const CELL = /<(?:[\w-]+:)?c[\s/>]/g;
const ROW_NUMBER = /<(?:[\w-]+:)?row\b[^>]*?\br\s*=\s*["'](\d{1,7})["']/g;
const CELL_REF = /<(?:[\w-]+:)?c\b[^>]*?\br\s*=\s*["'][A-Za-z]{1,3}(\d{1,7})["']/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Cells a range covers, however its corners are given ("XFD1048576:A3" too). */
function rangeArea(c1: string, r1: string, c2: string | undefined, r2: string | undefined): number {
  if (c2 === undefined || r2 === undefined) return 1;
  const columns = Math.abs(columnNumber(c2) - columnNumber(c1)) + 1;
  const rows = Math.abs(Number(r2) - Number(r1)) + 1;
  return columns * rows;
}

function lastRow(xml: string): number {
  let last = 0;
  for (const pattern of [ROW_NUMBER, CELL_REF]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml)) last = Math.max(last, Number(m[1]));
  }
  return last;
}

/** Throws a Vietnamese refusal when the workbook's sheets would expand beyond a plan's size. */
export function checkWorkbookSize(entries: ReadonlyMap<string, Uint8Array>, fileName: string): void {
  const decoder = new TextDecoder();
  let cells = 0;
  let merged = 0;
  for (const [name, bytes] of entries) {
    if (name === 'xl/sharedStrings.xml') checkXmlPartSize(name, bytes.length, fileName);
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    checkXmlPartSize(name, bytes.length, fileName);
    const xml = decoder.decode(bytes);

    MERGE.lastIndex = 0;
    for (let m = MERGE.exec(xml); m !== null; m = MERGE.exec(xml)) {
      merged += rangeArea(m[1]!, m[2]!, m[3], m[4]);
      if (merged > MAX_TABLE_CELLS) throw tooMuch(fileName, 'ô trong các vùng gộp ô', MAX_TABLE_CELLS);
    }
    CELL.lastIndex = 0;
    while (CELL.exec(xml) !== null) cells++;
    if (cells > MAX_TABLE_CELLS) throw tooMuch(fileName, 'ô có nội dung', MAX_TABLE_CELLS);
    const rows = lastRow(xml);
    if (rows > MAX_SHEET_ROWS) throw tooMuch(fileName, 'dòng trong một trang tính', MAX_SHEET_ROWS);
  }
}
