/**
 * The header of a Vietnamese administrative document: "Số: …", the place-and-date line,
 * the document type in capitals ("KẾ HOẠCH") and the title under it.
 */
import { makeIsoDate } from '../dates/iso-date';
import type { ParsedHeader } from './parsed-plan';

// prettier-ignore
const DOCUMENT_TYPES = [
  'KẾ HOẠCH', 'CHƯƠNG TRÌNH', 'QUY CHẾ', 'QUYẾT ĐỊNH', 'ĐỀ ÁN', 'THÔNG BÁO', 'BÁO CÁO', 'CHỈ THỊ',
  'NGHỊ QUYẾT',
];

const PLACE_DATE = /^(.+?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$/i;
const CODE = /^Số\s*:\s*(.+)$/i;

/** One line as the parsers compare it: NFC, no BOM, no Markdown stars, tabs and no-break spaces as spaces. */
export function cleanLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\*\*?/g, '')
    .replace(/[\t\u00A0]+/g, ' ')
    .trim();
}

function sentenceCase(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

export function emptyHeader(): ParsedHeader {
  return { code: null, documentType: null, title: null, place: null, issuedOn: null };
}

/** Reads the header from the cleaned lines before `bodyStart` (the first numbered section or item). */
export function readHeader(lines: string[], bodyStart: number): ParsedHeader {
  const header = emptyHeader();
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const code = CODE.exec(line);
    if (code && header.code === null) {
      header.code = code[1]!.trim();
      continue;
    }
    const placeDate = PLACE_DATE.exec(line);
    if (placeDate && header.issuedOn === null) {
      header.place = placeDate[1]!.trim();
      header.issuedOn = makeIsoDate(Number(placeDate[4]), Number(placeDate[3]), Number(placeDate[2]));
      continue;
    }
    if (
      header.documentType === null &&
      DOCUMENT_TYPES.includes(line.toLocaleUpperCase('vi')) &&
      line === line.toLocaleUpperCase('vi')
    ) {
      header.documentType = sentenceCase(line);
      const title = lines.slice(i + 1, bodyStart).find((l) => l.length > 0);
      if (title) header.title = title;
    }
  }
  return header;
}
