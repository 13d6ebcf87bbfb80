/**
 * An .xlsx task grid → the parsed plan and its schedule. Reads the workbook written by exportExcel
 * (and grids typed by hand with the same headings): every cell is checked and all problems are
 * reported together, naming the cells, before anything is written.
 */
import ExcelJS from 'exceljs';
import { UserError } from '../../../shared/api/user-error';
import { type IsoDate } from '../../../shared/dates/iso-date';
import type { TaskKind } from '../../../shared/model/schemas';
import { buildPlanDocument, type RawPlanItem } from '../../../shared/plan-document/build-plan-document';
import { emptyHeader } from '../../../shared/plan-document/plan-header';
import type { ParsedHeader } from '../../../shared/plan-document/parsed-plan';
import { splitLeadList } from '../../../shared/units/lead-units';
import { normalizeUnitName, splitUnitList, unitKey } from '../../../shared/units/unit-name';
import { foldText } from '../common/fold-text';
import { MAX_IMPORT_ITEMS, checkPlanTextSize } from '../common/import-limits';
import { type ReportDetails, progressUpdatesFromFile } from '../common/imported-progress';
import { type ParsedPlanFile, describeProblems } from '../common/parsed-file';
import { readZipSafely } from '../common/read-zip-safely';
import { AFTER_PREDECESSOR, STORED_START_LABEL } from '../../../shared/schedule/start-basis-label';
import { type WrittenStart, editedDerivedStarts } from './edited-starts';
import { checkWorkbookSize } from './check-workbook-size';
import { type CellReading, cellAsDate, cellAsText, readCell } from './read-cell';
import {
  GRID_COLUMNS,
  type GridColumnKey,
  PLAN_SHEET_LABELS,
  SHEET_NAMES,
  gridColumnOf,
  kindFromLabel,
} from './task-grid-columns';

type GridLayout = {
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  columns: Partial<Record<GridColumnKey, number>>;
  /** A grid typed by hand may give co-leads a column of their own ("Đồng chủ trì"): they lead too. */
  coLeadColumn: number | null;
};

const isCoLeadHeading = (text: string) => /^(?:(?:don vi|co quan) )?dong chu tri\b/.test(foldText(text));

const WBS_PATTERN = /^[\p{L}\d]{1,10}(\.[\p{L}\d]{1,10}){0,9}$/u;
const HEADER_SEARCH_ROWS = 10;

function findGrid(workbook: ExcelJS.Workbook): GridLayout | null {
  const sheets = [...workbook.worksheets].sort(
    (a, b) =>
      Number(foldText(b.name) === foldText(SHEET_NAMES.tasks)) -
      Number(foldText(a.name) === foldText(SHEET_NAMES.tasks)),
  );
  for (const sheet of sheets) {
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
      const columns: GridLayout['columns'] = {};
      let coLeadColumn: number | null = null;
      sheet.getRow(r).eachCell((cell, col) => {
        const text = cellAsText(readCell(cell));
        if (typeof text === 'string' && isCoLeadHeading(text)) {
          coLeadColumn ??= col;
          return;
        }
        const key = typeof text === 'string' ? gridColumnOf(text) : null;
        if (key !== null && columns[key] === undefined) columns[key] = col;
      });
      if (columns.wbs !== undefined && columns.title !== undefined)
        return { sheet, headerRow: r, columns, coLeadColumn };
    }
  }
  return null;
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => foldText(s.name) === foldText(name));
}

function readPlanSheet(
  workbook: ExcelJS.Workbook,
  problems: string[],
): { header: ParsedHeader; asOf: IsoDate | null } {
  const header = emptyHeader();
  let asOf: IsoDate | null = null;
  const sheet = sheetNamed(workbook, SHEET_NAMES.plan);
  if (!sheet) return { header, asOf };
  const labels = (Object.keys(PLAN_SHEET_LABELS) as (keyof typeof PLAN_SHEET_LABELS)[]).map(
    (key) => [foldText(PLAN_SHEET_LABELS[key]), key] as const,
  );
  sheet.eachRow((row) => {
    const label = cellAsText(readCell(row.getCell(1)));
    const key = typeof label === 'string' ? labels.find(([l]) => l === foldText(label))?.[1] : undefined;
    if (key === undefined) return;
    const cell = row.getCell(2);
    const reading = readCell(cell);
    if (key === 'issuedOn' || key === 'asOf') {
      const date = cellAsDate(reading, `Ô ${cell.address} (trang “${sheet.name}”)`);
      if (date !== null && typeof date === 'object') problems.push(date.problem);
      else if (key === 'issuedOn') header.issuedOn = date;
      else asOf = date;
      return;
    }
    const text = cellAsText(reading);
    if (typeof text === 'object') problems.push(text.problem);
    else if (text.trim() !== '') header[key] = text.trim();
  });
  return { header, asOf };
}

/** Short name → the full name written in sheet "Đơn vị", so the unit is known with its agency. */
function readUnitSheet(workbook: ExcelJS.Workbook): Map<string, string> {
  const fullNames = new Map<string, string>();
  const sheet = sheetNamed(workbook, SHEET_NAMES.units);
  sheet?.eachRow((row, r) => {
    if (r === 1) return;
    const name = cellAsText(readCell(row.getCell(1)));
    const fullName = cellAsText(readCell(row.getCell(2)));
    if (typeof name !== 'string' || typeof fullName !== 'string' || !name.trim() || !fullName.trim()) return;
    // Only a full name that reads back as this unit is used: a mistyped row cannot rename a unit.
    if (normalizeUnitName(fullName)?.key === unitKey(name)) fullNames.set(unitKey(name), fullName.trim());
  });
  return fullNames;
}

export async function parseExcelPlan(
  bytes: Uint8Array,
  fileName: string,
  today: IsoDate,
): Promise<ParsedPlanFile> {
  const zip = await readZipSafely(bytes, fileName, 'Excel (.xlsx)');
  if (!zip.entries.has('xl/workbook.xml')) {
    throw new UserError(
      `Tệp “${fileName}” không phải là bảng tính Excel (.xlsx): không có phần sổ tính bên trong.`,
    );
  }
  // Before exceljs: it would create every cell of a merged range and every row up to the last.
  checkWorkbookSize(zip.entries, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want a plain Buffer; the repacked archive is one.
    await workbook.xlsx.load(zip.repack() as unknown as ExcelJS.Buffer);
  } catch {
    throw new UserError(
      `Tệp “${fileName}” không đọc được như một bảng tính Excel (.xlsx): nội dung bị hỏng.`,
    );
  }

  const grid = findGrid(workbook);
  if (!grid) {
    throw new UserError(
      `Không tìm thấy bảng nhiệm vụ trong tệp “${fileName}”: cần một trang có dòng tiêu đề với các cột ` +
        `${GRID_COLUMNS.slice(0, 5)
          .map((c) => `“${c.header}”`)
          .join(', ')}… (ít nhất “WBS” và “Nhiệm vụ”).`,
    );
  }
  const problems: string[] = [];
  const { header, asOf } = readPlanSheet(workbook, problems);
  const fullNames = readUnitSheet(workbook);
  const unitText = (names: string[]) => names.map((n) => fullNames.get(unitKey(n)) ?? n).join('; ');

  const items: RawPlanItem[] = [];
  const starts: { wbs: string; start: IsoDate }[] = [];
  const percents = new Map<string, number>();
  const reports = new Map<string, ReportDetails>();
  const writtenDerived: WrittenStart[] = [];
  const sourceLines: string[] = [];
  const { sheet, headerRow, columns, coLeadColumn } = grid;

  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const readings = new Map<GridColumnKey, CellReading>();
    const where = (key: GridColumnKey) => `Ô ${row.getCell(columns[key]!).address}`;
    for (const [key, col] of Object.entries(columns) as [GridColumnKey, number][]) {
      readings.set(key, readCell(row.getCell(col)));
    }
    const text = (key: GridColumnKey): string => {
      const value = cellAsText(readings.get(key) ?? { kind: 'empty' });
      if (typeof value === 'string') return value.normalize('NFC').trim();
      problems.push(value.problem);
      return '';
    };
    const date = (key: GridColumnKey): IsoDate | null => {
      const reading = readings.get(key);
      if (reading === undefined) return null;
      const value = cellAsDate(reading, where(key));
      if (value !== null && typeof value === 'object') {
        problems.push(value.problem);
        return null;
      }
      return value;
    };
    sourceLines.push(
      r <= headerRow
        ? ''
        : GRID_COLUMNS.filter((c) => c.type !== 'derived' && columns[c.key] !== undefined)
            .map((c) => {
              const value = cellAsText(readings.get(c.key) ?? { kind: 'empty' });
              return typeof value === 'string' ? value.replace(/\s*\n\s*/g, ' / ') : '';
            })
            .join(' | '),
    );
    if (r <= headerRow) continue;

    const wbs = text('wbs');
    const title = text('title');
    const rest = GRID_COLUMNS.filter((c) => !['wbs', 'title', 'status'].includes(c.key) && columns[c.key]);
    if (wbs === '' && title === '' && rest.every((c) => readings.get(c.key)?.kind === 'empty')) continue;
    if (items.length >= MAX_IMPORT_ITEMS) {
      throw new UserError(`Tệp “${fileName}” có hơn ${MAX_IMPORT_ITEMS} nhiệm vụ: quá lớn cho một kế hoạch.`);
    }
    // Every cell of a row is checked, even when its WBS is wrong: the user gets all problems at once.
    const wbsOk = WBS_PATTERN.test(wbs);
    if (!wbsOk) {
      problems.push(
        wbs === ''
          ? `${where('wbs')}: dòng ${r} chưa có mã WBS.`
          : `${where('wbs')}: mã WBS “${wbs}” không hợp lệ (cần dạng 1, 1.2, I.1.a).`,
      );
    }
    if (title === '') problems.push(`${where('title')}: mục ${wbs || `ở dòng ${r}`} chưa có tên nhiệm vụ.`);

    let kind: TaskKind | undefined;
    const kindText = text('kind');
    if (kindText !== '') {
      const known = kindFromLabel(kindText);
      if (known === null)
        problems.push(`${where('kind')}: loại “${kindText}” không hợp lệ (Nhiệm vụ, Mốc hoặc Cuộc họp).`);
      else kind = known;
    }
    const start = date('start');
    // A start the export derived (from the plan, a parent, a predecessor) is not the task's own,
    // unless it was changed since (edited-starts.ts).
    const basis = columns.startBasis === undefined ? '' : foldText(text('startBasis'));
    const ownStart = basis === '' || basis === foldText(STORED_START_LABEL);
    if (start !== null && wbsOk && ownStart) starts.push({ wbs, start });
    else if (start !== null && wbsOk)
      writtenDerived.push({ wbs, start, afterPredecessor: basis.startsWith(foldText(AFTER_PREDECESSOR)) });
    const deadlineOn = date('deadline');
    if (start !== null && deadlineOn !== null && start > deadlineOn) {
      problems.push(`${where('start')}: mục ${wbs} bắt đầu sau thời hạn của nó.`);
    }

    const progressReading = readings.get('progress') ?? { kind: 'empty' };
    if (progressReading.kind === 'problem') problems.push(progressReading.message);
    else if (progressReading.kind !== 'empty') {
      const raw =
        progressReading.kind === 'number'
          ? progressReading.value
          : progressReading.kind === 'text'
            ? Number(progressReading.text.replace('%', '').replace(',', '.').trim())
            : Number.NaN;
      const percent = Math.round(raw);
      if (!Number.isFinite(raw) || percent < 0 || percent > 100) {
        problems.push(`${where('progress')}: tiến độ của mục ${wbs} phải là một số từ 0 đến 100.`);
      } else if (wbsOk) percents.set(wbs, percent);
    }

    const coLeadText = coLeadColumn === null ? '' : cellAsText(readCell(row.getCell(coLeadColumn)));
    const lead = [text('lead'), typeof coLeadText === 'string' ? coLeadText.normalize('NFC').trim() : '']
      .filter((t) => t !== '')
      .join('; ');
    const support = text('support');
    const deadlineText = text('deadlineText');
    const deliverable = text('deliverable');
    const notes = text('notes');
    const reportedOn = date('reportedOn');
    const achieved = text('achieved');
    const difficulties = text('difficulties');
    if (!wbsOk || title === '') continue;
    if (reportedOn !== null || achieved || difficulties)
      reports.set(wbs, { reportedOn, achieved: achieved || null, difficulties: difficulties || null });
    const fields: RawPlanItem['fields'] = {};
    if (lead) {
      // "Vụ A, Cục B (đồng chủ trì)" as this app writes it, or "Vụ A; Cục B": every one leads.
      const leads = splitLeadList(lead).map((n) => fullNames.get(unitKey(n)) ?? n);
      fields.lead = { value: leads.join('; '), line: r, units: leads };
    }
    if (support) fields.support = { value: unitText(splitUnitList(support)), line: r };
    if (deadlineText) fields.deadline = { value: deadlineText, line: r };
    if (deliverable) fields.deliverable = { value: deliverable, line: r };
    items.push({
      wbs,
      depth: wbs.split('.').length,
      title,
      line: r,
      fields,
      extra: notes ? notes.split(/\r?\n/) : [],
      ...(kind ? { kind } : {}),
      ...(deadlineOn ? { deadlineOn } : {}),
    });
  }

  if (problems.length > 0) throw new UserError(describeProblems(fileName, problems));
  const sourceText = sourceLines.join('\n');
  checkPlanTextSize(sourceText, fileName);
  if (items.length === 0) {
    throw new UserError(`Bảng nhiệm vụ trong tệp “${fileName}” (trang “${sheet.name}”) chưa có dòng nào.`);
  }
  const outcome = buildPlanDocument(header, items);
  if (!outcome.ok) throw new UserError(outcome.message);
  starts.push(...editedDerivedStarts(outcome.document, starts, writtenDerived));

  return {
    document: outcome.document,
    schedule: {
      starts,
      dependencies: [],
      progress: progressUpdatesFromFile(
        outcome.document.items,
        percents,
        asOf ?? today,
        `Nhập từ tệp “${fileName}”`,
        reports,
      ),
    },
    sourceText,
  };
}
