/**
 * Items read from any source (numbered text, a Word table, a spreadsheet, MS Project) → the parsed
 * plan: the same checks, unit names, deadline reading and warnings whatever the file type.
 * It reports what is missing; it never fills a gap with a guess.
 */
import type { IsoDate } from '../dates/iso-date';
import type { DeadlineResult } from '../deadline/deadline-result';
import { parseDeadline } from '../deadline/parse-deadline';
import type { TaskKind } from '../model/schemas';
import { splitLeadList } from '../units/lead-units';
import { normalizeUnitName, splitUnitList, type NormalizedUnitName } from '../units/unit-name';
import type { ParsedHeader, ParsedItem, ParsedWarning, ParseOutcome } from './parsed-plan';

export const MAX_ITEM_DEPTH = 6;

export const PLAN_FIELDS = ['lead', 'support', 'deadline', 'deliverable'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export type RawField = {
  value: string;
  line: number;
  /** The names already told apart by the reader ("Vụ A và Cục B đồng chủ trì"); else split from `value`. */
  units?: string[];
};

export type RawPlanItem = {
  wbs: string;
  /** Levels of the number as written ("1.1" → 2), for the depth limit. */
  depth: number;
  title: string;
  /** 1-based line (or spreadsheet row) of the item. */
  line: number;
  fields: Partial<Record<PlanField, RawField>>;
  /** Text under the item that is not one of the fields: kept as the task's notes. */
  extra: string[];
  /** Set when the source says it (a spreadsheet's "Loại"); otherwise read from the title. */
  kind?: TaskKind;
  /** The fields whose absence is a problem; all of them unless the form never has some (a Chỉ thị names no deliverable). */
  expects?: readonly PlanField[];
  /** The last day given as a date (a spreadsheet's date column, MS Project's deadline): it wins over the wording. */
  deadlineOn?: IsoDate;
};

const FIELD_NAMES: Record<PlanField, string> = {
  lead: 'đơn vị chủ trì',
  support: 'đơn vị phối hợp',
  deadline: 'thời gian hoàn thành',
  deliverable: 'kết quả thực hiện',
};

// No \b: it only knows ASCII letters, so it never matches after "nghị".
const MEETING = /^(tổ chức )?(các )?(cuộc )?(họp|hội nghị|hội thảo|tọa đàm|toạ đàm)(?=[\s,.;:]|$)/iu;

export function guessKind(title: string): TaskKind {
  return MEETING.test(title) ? 'meeting' : 'task';
}

function joinVietnamese(parts: string[]): string {
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

export function missingFieldsMessage(wbs: string, missing: PlanField[]): string {
  return `Mục ${wbs} thiếu ${joinVietnamese(missing.map((f) => FIELD_NAMES[f]))}: cần bổ sung.`;
}

export function stripFinalStop(text: string): string {
  return text.replace(/\s*\.$/, '').trim();
}

/**
 * The wording's reading, with the last day replaced by a date given beside it. The wording is kept;
 * what it says about recurrence stays; a date other than the wording's own is exact to the day.
 */
export function withDeadlineDate(reading: DeadlineResult | null, date: IsoDate): DeadlineResult {
  if (reading?.ok && reading.deadline === date) return reading;
  return {
    ok: true,
    wording: reading?.wording ?? '',
    deadline: date,
    precision: reading?.ok && reading.deadline === null && reading.precision ? reading.precision : 'day',
    recurrence: reading?.ok ? reading.recurrence : null,
    relative: null,
    ...(reading?.ok && reading.start && reading.start <= date ? { start: reading.start } : {}),
  };
}

/** "1.2.3" → "1.2" when that item exists; the top level has no parent. */
export function parentWbsOf(
  wbs: string,
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): string | null {
  const cut = wbs.lastIndexOf('.');
  const parent = cut > 0 ? wbs.slice(0, cut) : null;
  return parent !== null && known.has(parent) ? parent : null;
}

export function buildPlanDocument(header: ParsedHeader, rawItems: RawPlanItem[]): ParseOutcome {
  const seen = new Map<string, number>();
  for (const raw of rawItems) {
    if (raw.depth > MAX_ITEM_DEPTH) {
      return {
        ok: false,
        message: `Mục ${raw.wbs} (dòng ${raw.line}) lồng quá sâu: ${raw.depth} cấp, trong khi kế hoạch chỉ được tối đa ${MAX_ITEM_DEPTH} cấp.`,
      };
    }
    const earlier = seen.get(raw.wbs);
    if (earlier !== undefined) {
      return {
        ok: false,
        message: `Số mục ${raw.wbs} bị trùng (dòng ${earlier} và dòng ${raw.line}). Hãy sửa văn bản để mỗi mục có một số riêng rồi nhập lại.`,
      };
    }
    seen.set(raw.wbs, raw.line);
  }

  const units = new Map<string, NormalizedUnitName>();
  const register = (name: string): string | null => {
    const unit = normalizeUnitName(name);
    if (!unit) return null;
    if (!units.has(unit.key)) units.set(unit.key, unit);
    return unit.key;
  };

  const warnings: ParsedWarning[] = [];
  const hasChildren = new Set(
    rawItems.map(({ wbs }) => parentWbsOf(wbs, seen)).filter((p): p is string => p !== null),
  );

  const items: ParsedItem[] = rawItems.map((raw) => {
    const { wbs } = raw;
    const { lead, support, deadline, deliverable } = raw.fields;
    const leadNames = lead ? (lead.units ?? splitLeadList(lead.value)) : [];
    // Co-leads ("Vụ A và Cục B đồng chủ trì") all lead, in the order written; none is demoted.
    const leadKeys = [...new Set(leadNames.map(register).filter((k): k is string => k !== null))];
    const supportNames = support ? (support.units ?? splitUnitList(support.value)) : [];
    const supportKeys = supportNames
      .map(register)
      .filter((k): k is string => k !== null && !leadKeys.includes(k));

    const read = deadline ? parseDeadline(deadline.value, { signedOn: header.issuedOn }) : null;
    const deadlineResult = raw.deadlineOn ? withDeadlineDate(read, raw.deadlineOn) : read;
    if (deadlineResult && !deadlineResult.ok && deadlineResult.reason !== 'empty') {
      warnings.push({
        wbs,
        line: deadline!.line,
        fields: ['deadline'],
        message: `Mục ${wbs}: ${deadlineResult.message}`,
      });
    }

    if (!hasChildren.has(wbs)) {
      const absent: Record<Exclude<PlanField, 'support'>, boolean> = {
        lead: leadKeys.length === 0,
        deadline: !deadlineResult || (!deadlineResult.ok && deadlineResult.reason === 'empty'),
        deliverable: !deliverable || deliverable.value.length === 0,
      };
      const expects = raw.expects ?? ['lead', 'deadline', 'deliverable'];
      const missing = PLAN_FIELDS.filter((f) => f !== 'support' && absent[f] && expects.includes(f));
      if (missing.length > 0) {
        warnings.push({ wbs, line: raw.line, fields: missing, message: missingFieldsMessage(wbs, missing) });
      }
    }

    return {
      wbs,
      parentWbs: parentWbsOf(wbs, seen),
      title: raw.title,
      kind: raw.kind ?? guessKind(raw.title),
      line: raw.line,
      leadKeys,
      supportKeys: [...new Set(supportKeys)],
      deadline: deadlineResult,
      deliverable: deliverable && deliverable.value.length > 0 ? stripFinalStop(deliverable.value) : null,
      notes: raw.extra.length > 0 ? raw.extra.join('\n') : null,
    };
  });

  return { ok: true, document: { header, items, units: [...units.values()], warnings } };
}
