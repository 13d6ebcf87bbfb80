/**
 * A Word plan (.docx) → the parsed plan. Two forms are read: numbered paragraphs (as Kế hoạch 76 is
 * written) and the common table (STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn
 * thành | Sản phẩm). The text kept as the plan's source is the document's text with each table row on
 * one line, so that warnings' line numbers point into it.
 */
import { UserError } from '../../../shared/api/user-error';
import { buildPlanDocument, type RawPlanItem } from '../../../shared/plan-document/build-plan-document';
import { parsePlanDocument } from '../../../shared/plan-document/parse-plan-document';
import { cleanLine, readHeader } from '../../../shared/plan-document/plan-header';
import { checkPlanTextSize, checkXmlPartSize } from '../common/import-limits';
import { EMPTY_SCHEDULE, type ParsedPlanFile } from '../common/parsed-file';
import { readZipSafely } from '../common/read-zip-safely';
import { readDocxBlocks } from './read-docx-blocks';
import { findPlanTableLayout, readPlanTable } from './read-plan-table';
import { createSttNumbering } from './stt-numbering';
import { type GridCell, createCellBudget, toGrid } from './table-grid';

const NO_PLAN_HINT =
  ' Với tệp Word, kế hoạch cũng có thể là một bảng có các cột “STT”, “Nội dung”, “Đơn vị chủ trì”, ' +
  '“Đơn vị phối hợp”, “Thời gian hoàn thành”, “Sản phẩm”.';

const rowLine = (row: GridCell[]) =>
  row
    .filter((cell) => cell.origin === 'own')
    .map((cell) => cell.paragraphs.join(' / '))
    .join(' | ');

export async function parseDocxPlan(bytes: Uint8Array, fileName: string): Promise<ParsedPlanFile> {
  const zip = await readZipSafely(bytes, fileName, 'Word (.docx)');
  if (![...zip.entries.keys()].some((name) => name.startsWith('word/'))) {
    throw new UserError(
      `Tệp “${fileName}” không phải là văn bản Word (.docx): không có phần nội dung văn bản bên trong.`,
    );
  }
  // Read as a stream, but still only as much XML as a plan can have.
  const body = zip.entries.get('word/document.xml');
  if (body) checkXmlPartSize('word/document.xml', body.length, fileName);
  const blocks = readDocxBlocks(zip.entries, fileName);

  // Lines are added one by one: spreading a paragraph of 200,000 line breaks overflows the stack.
  const lines: string[] = [];
  const addParagraph = (text: string) => {
    if (lines.length > 0) lines.push('');
    for (const line of text.split('\n')) lines.push(line);
  };
  const budget = createCellBudget(fileName);
  const tables: {
    grid: GridCell[][];
    layout: NonNullable<ReturnType<typeof findPlanTableLayout>>;
    firstLine: number;
  }[] = [];
  let bodyStart: number | null = null;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      addParagraph(block.text);
      continue;
    }
    const grid = toGrid(block.rows, budget);
    const layout = findPlanTableLayout(grid);
    if (layout) {
      if (lines.length > 0) lines.push('');
      bodyStart ??= lines.length;
      tables.push({ grid, layout, firstLine: lines.length + 1 });
      for (const row of grid) lines.push(rowLine(row));
    } else {
      // A layout table (the letterhead in two columns): its text is read like paragraphs.
      for (const row of grid)
        for (const cell of row) if (cell.origin === 'own') cell.paragraphs.forEach(addParagraph);
    }
  }
  const sourceText = lines.join('\n');
  // The one text cap of every format, before the plan is parsed from the text.
  checkPlanTextSize(sourceText, fileName);

  if (bodyStart === null) {
    const outcome = parsePlanDocument(sourceText);
    if (!outcome.ok) {
      const hint = outcome.message.startsWith('Không tìm thấy nhiệm vụ') ? NO_PLAN_HINT : '';
      throw new UserError(`${outcome.message}${hint}`);
    }
    return { document: outcome.document, schedule: EMPTY_SCHEDULE, sourceText };
  }

  const header = readHeader(lines.slice(0, bodyStart).map(cleanLine), bodyStart);
  const numbering = createSttNumbering();
  const items: RawPlanItem[] = tables.flatMap(({ grid, layout, firstLine }) =>
    readPlanTable(grid, layout, (row) => firstLine + row, numbering),
  );
  if (items.length === 0) {
    throw new UserError(
      `Bảng kế hoạch trong tệp “${fileName}” chưa có nhiệm vụ nào: hãy ghi mỗi nhiệm vụ trên một dòng có số thứ tự.`,
    );
  }
  const outcome = buildPlanDocument(header, items);
  if (!outcome.ok) throw new UserError(outcome.message);
  return { document: outcome.document, schedule: EMPTY_SCHEDULE, sourceText };
}
