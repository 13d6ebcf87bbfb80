/**
 * Reads a plan written in the numbered form of Vietnamese administrative plans:
 * a header (Số, place and date, document type, title), Roman sections, items "1.", "1.1." and
 * under each the lines "- Chủ trì:", "- Đơn vị phối hợp:", "- Thời gian hoàn thành:", "- Kết quả thực hiện:".
 * It reports what is missing; it never fills a gap with a guess.
 */
import { makeIsoDate } from '../dates/iso-date';
import { parseDeadline } from '../deadline/parse-deadline';
import { normalizeUnitName, splitUnitList, type NormalizedUnitName } from '../units/unit-name';
import type { ParsedHeader, ParsedItem, ParsedWarning, ParseOutcome } from './parsed-plan';

export const MAX_ITEM_DEPTH = 6;

type Field = 'lead' | 'support' | 'deadline' | 'deliverable';

const FIELD_LABELS: Record<string, Field> = {
  'chủ trì': 'lead',
  'đơn vị chủ trì': 'lead',
  'cơ quan chủ trì': 'lead',
  'phối hợp': 'support',
  'đơn vị phối hợp': 'support',
  'cơ quan phối hợp': 'support',
  'thời gian hoàn thành': 'deadline',
  'thời hạn hoàn thành': 'deadline',
  'thời hạn': 'deadline',
  'thời gian thực hiện': 'deadline',
  'kết quả thực hiện': 'deliverable',
  'kết quả': 'deliverable',
  'sản phẩm': 'deliverable',
  'sản phẩm đầu ra': 'deliverable',
};

const FIELD_NAMES: Record<Field, string> = {
  lead: 'đơn vị chủ trì',
  support: 'đơn vị phối hợp',
  deadline: 'thời gian hoàn thành',
  deliverable: 'kết quả thực hiện',
};

const DOCUMENT_TYPES = ['KẾ HOẠCH', 'CHƯƠNG TRÌNH', 'QUY CHẾ', 'QUYẾT ĐỊNH', 'ĐỀ ÁN', 'THÔNG BÁO', 'BÁO CÁO'];

const SECTION = /^([IVX]{1,6})\.\s+(\S.*)$/;
const ITEM = /^(\d{1,3}(?:\.\d{1,3})*)\.\s+(\S.*)$|^(\d{1,3}(?:\.\d{1,3})+)\s+(\S.*)$/;
const ATTRIBUTE = /^[-–•+]\s*([^:]{2,40}?)\s*:\s*(.*)$/;
const PLACE_DATE = /^(.+?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$/i;
const CODE = /^Số\s*:\s*(.+)$/i;
const CLOSING = /(\.\/\.)\s*$|^Nơi nhận\s*:?/i;
const MEETING = /^(tổ chức )?(các )?(cuộc )?(họp|hội nghị)\b/i;

type RawItem = {
  number: string;
  title: string;
  line: number;
  titleOpen: boolean;
  fields: Partial<Record<Field, { value: string; line: number }>>;
  lastField: Field | null;
  extra: string[];
};

type RawSection = { numeral: string | null; items: RawItem[] };

function clean(line: string): string {
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

function joinVietnamese(parts: string[]): string {
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

function stripFinalStop(text: string): string {
  return text.replace(/\s*\.$/, '').trim();
}

function readHeader(lines: string[], bodyStart: number): ParsedHeader {
  const header: ParsedHeader = { code: null, documentType: null, title: null, place: null, issuedOn: null };
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

export function parsePlanDocument(text: string): ParseOutcome {
  const lines = text.split(/\r\n|\r|\n/).map(clean);
  const sections: RawSection[] = [{ numeral: null, items: [] }];
  let current: RawItem | null = null;
  let closed = false;
  let firstStructureLine = lines.length;

  lines.forEach((line, index) => {
    if (closed) return;
    const lineNo = index + 1;
    if (line === '') {
      if (current) current.titleOpen = false;
      return;
    }
    if (CLOSING.test(line) && firstStructureLine < index) {
      closed = true;
      return;
    }
    const section = SECTION.exec(line);
    if (section) {
      firstStructureLine = Math.min(firstStructureLine, index);
      sections.push({ numeral: section[1]!, items: [] });
      current = null;
      return;
    }
    const item = ITEM.exec(line);
    if (item) {
      firstStructureLine = Math.min(firstStructureLine, index);
      current = {
        number: item[1] ?? item[3]!,
        title: stripFinalStop(item[2] ?? item[4]!),
        line: lineNo,
        titleOpen: true,
        fields: {},
        lastField: null,
        extra: [],
      };
      sections[sections.length - 1]!.items.push(current);
      return;
    }
    if (!current) return;
    const attribute = ATTRIBUTE.exec(line);
    const field = attribute ? FIELD_LABELS[attribute[1]!.toLocaleLowerCase('vi')] : undefined;
    const item_: RawItem = current;
    if (attribute && field) {
      item_.titleOpen = false;
      item_.lastField = field;
      item_.fields[field] ??= { value: attribute[2]!.trim(), line: lineNo };
      return;
    }
    if (item_.titleOpen && item_.lastField === null) {
      item_.title = stripFinalStop(`${item_.title} ${line}`);
    } else if (item_.lastField !== null && !/^[-–•+]/.test(line)) {
      const last = item_.fields[item_.lastField]!;
      last.value = `${last.value} ${line}`.trim();
    } else {
      item_.extra.push(line);
    }
  });

  const taskSections = sections.filter((s) => s.items.some((i) => Object.keys(i.fields).length > 0));
  if (taskSections.length === 0) {
    return {
      ok: false,
      message:
        'Không tìm thấy nhiệm vụ nào trong văn bản. Kế hoạch cần có các mục đánh số (1., 1.1., …) ' +
        'với các dòng “- Chủ trì:”, “- Đơn vị phối hợp:”, “- Thời gian hoàn thành:”, “- Kết quả thực hiện:”.',
    };
  }

  const header = readHeader(lines, firstStructureLine);
  const prefixed = taskSections.length > 1;
  const rawItems = taskSections.flatMap((s) =>
    s.items.map((raw) => ({ raw, wbs: prefixed && s.numeral ? `${s.numeral}.${raw.number}` : raw.number })),
  );

  const seen = new Map<string, number>();
  for (const { raw, wbs } of rawItems) {
    const depth = raw.number.split('.').length;
    if (depth > MAX_ITEM_DEPTH) {
      return {
        ok: false,
        message: `Mục ${wbs} (dòng ${raw.line}) lồng quá sâu: ${depth} cấp, trong khi kế hoạch chỉ được tối đa ${MAX_ITEM_DEPTH} cấp.`,
      };
    }
    const earlier = seen.get(wbs);
    if (earlier !== undefined) {
      return {
        ok: false,
        message: `Số mục ${wbs} bị trùng (dòng ${earlier} và dòng ${raw.line}). Hãy sửa văn bản để mỗi mục có một số riêng rồi nhập lại.`,
      };
    }
    seen.set(wbs, raw.line);
  }

  const units = new Map<string, NormalizedUnitName>();
  const register = (name: string): string | null => {
    const unit = normalizeUnitName(name);
    if (!unit) return null;
    if (!units.has(unit.key)) units.set(unit.key, unit);
    return unit.key;
  };

  const warnings: ParsedWarning[] = [];
  const parentOf = (wbs: string): string | null => {
    const cut = wbs.lastIndexOf('.');
    const parent = cut > 0 ? wbs.slice(0, cut) : null;
    return parent !== null && seen.has(parent) ? parent : null;
  };
  const hasChildren = new Set(
    rawItems.map(({ wbs }) => parentOf(wbs)).filter((p): p is string => p !== null),
  );

  const items: ParsedItem[] = rawItems.map(({ raw, wbs }) => {
    const { lead, support, deadline, deliverable } = raw.fields;
    const leadNames = lead ? splitUnitList(lead.value) : [];
    const leadKey = leadNames[0] ? register(leadNames[0]) : null;
    if (leadNames.length > 1) {
      warnings.push({
        wbs,
        line: lead!.line,
        message: `Mục ${wbs} ghi nhiều đơn vị chủ trì (${leadNames.join('; ')}): giữ “${leadNames[0]}” làm đơn vị chủ trì, các đơn vị còn lại được ghi là đơn vị phối hợp.`,
      });
    }
    const supportKeys = [...leadNames.slice(1), ...(support ? splitUnitList(support.value) : [])]
      .map(register)
      .filter((k): k is string => k !== null && k !== leadKey);

    const deadlineResult = deadline ? parseDeadline(deadline.value, { signedOn: header.issuedOn }) : null;
    if (deadlineResult && !deadlineResult.ok && deadlineResult.reason !== 'empty') {
      warnings.push({ wbs, line: deadline!.line, message: `Mục ${wbs}: ${deadlineResult.message}` });
    }

    if (!hasChildren.has(wbs)) {
      const missing: Field[] = [];
      if (!leadKey) missing.push('lead');
      if (!deadlineResult || (!deadlineResult.ok && deadlineResult.reason === 'empty'))
        missing.push('deadline');
      if (!deliverable || deliverable.value.length === 0) missing.push('deliverable');
      if (missing.length > 0) {
        warnings.push({
          wbs,
          line: raw.line,
          message: `Mục ${wbs} thiếu ${joinVietnamese(missing.map((f) => FIELD_NAMES[f]))}: cần bổ sung.`,
        });
      }
    }

    return {
      wbs,
      parentWbs: parentOf(wbs),
      title: raw.title,
      kind: MEETING.test(raw.title) ? 'meeting' : 'task',
      line: raw.line,
      leadKey,
      supportKeys: [...new Set(supportKeys)],
      deadline: deadlineResult,
      deliverable: deliverable && deliverable.value.length > 0 ? stripFinalStop(deliverable.value) : null,
      notes: raw.extra.length > 0 ? raw.extra.join('\n') : null,
    };
  });

  // A document that stops inside an item whose siblings all had their details was cut short.
  const last = rawItems[rawItems.length - 1];
  if (!closed && last && Object.keys(last.raw.fields).length === 0 && !hasChildren.has(last.wbs)) {
    warnings.push({
      wbs: last.wbs,
      line: last.raw.line,
      message: `Văn bản kết thúc tại mục ${last.wbs}: phần sau của kế hoạch không có trong văn bản nên chưa được nhập.`,
    });
  }

  return { ok: true, document: { header, items, units: [...units.values()], warnings } };
}
