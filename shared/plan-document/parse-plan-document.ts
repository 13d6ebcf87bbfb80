/**
 * Reads a plan written as text, the way Vietnamese administrative plans and directives are written:
 * a header (Số, place and date, document type, title), Roman parts, items "1.", "1.1.", lettered
 * points "a)", bullets; under each either labelled lines ("- Chủ trì:", "Cơ quan phối hợp:",
 * "Tiến độ:", "Sản phẩm:" …) or one assignment sentence ("Giao Vụ A chủ trì, phối hợp với …").
 * It reports what is missing; it never fills a gap with a guess.
 *
 * One pass over the lines; text that runs on over several lines is collected in arrays and joined
 * once at the end, so a long document costs time in proportion to its length.
 */
import { type PlanField, type RawPlanItem, buildPlanDocument, stripFinalStop } from './build-plan-document';
import { type LabelledValue, readLabelledLine } from './field-labels';
import { cleanLine, readHeader } from './plan-header';
import type { ParseOutcome } from './parsed-plan';
import { readAssignment } from './read-assignment';

export { MAX_ITEM_DEPTH } from './build-plan-document';

/** Item numbers are read up to this many digits per level; a longer one is refused, never folded. */
export const MAX_ITEM_NUMBER_DIGITS = 5;

const SECTION = /^([IVXL]{1,7})\.\s+(\S.*)$/;
const ITEM = /^(\d+(?:\.\d+)*)\.\s+(\S.*)$|^(\d+(?:\.\d+)+)\s+(\S.*)$|^(\d+)\)\s+(\S.*)$/;
const POINT = /^([a-zđ])\)\s+(\S.*)$|^([a-zđ])\.\s+(\S.*)$/u;
const BULLET = /^[-–•+*]\s*(\S.*)$/;
const CLOSING = /(\.\/\.)\s*$|^Nơi nhận\s*:?/i;

/** Fields of a block as collected: each value's lines kept apart until the end. */
type CollectedField = { parts: string[]; line: number; units?: string[] };

type Block = {
  /** "1.2" for an item, "1.2.a" for a point, "1.2.3" for the third bullet under item 1.2. */
  number: string;
  kind: 'item' | 'point' | 'bullet';
  line: number;
  titleParts: string[];
  titleOpen: boolean;
  fields: Partial<Record<PlanField, CollectedField>>;
  lastField: PlanField | null;
  /** Paragraphs under the block that are not fields (each a list of lines). */
  paragraphs: string[][];
  paragraphOpen: boolean;
  bullets: number;
  /** For a bullet: the line as written, kept in its owner's notes when the bullet is no task. */
  written: string;
  owner: Block | null;
};

type RawSection = { numeral: string | null; blocks: Block[] };

const NO_TASKS =
  'Không tìm thấy nhiệm vụ nào trong văn bản. Kế hoạch cần có các mục đánh số (1., 1.1., a), …) ' +
  'với các dòng “- Chủ trì:”, “- Đơn vị phối hợp:”, “- Thời gian hoàn thành:”, “- Kết quả thực hiện:”, ' +
  'hoặc câu giao việc như “Giao Vụ A chủ trì, phối hợp với Vụ B xây dựng …; hoàn thành trong quý II/2024.”.';

function newBlock(
  number: string,
  kind: Block['kind'],
  line: number,
  title: string,
  owner: Block | null = null,
): Block {
  return {
    written: title,
    owner,
    number,
    kind,
    line,
    titleParts: [title],
    titleOpen: true,
    fields: {},
    lastField: null,
    paragraphs: [],
    paragraphOpen: false,
    bullets: 0,
  };
}

function addFields(block: Block, values: LabelledValue[], line: number): void {
  for (const { field, label, value } of values) {
    if (field === 'coLead') {
      // "Đồng chủ trì: Cục B" beside "Chủ trì: Vụ A": both lead, in the order written.
      const lead = (block.fields.lead ??= { parts: [], line });
      lead.parts.push(lead.parts.length > 0 ? `, ${value}` : value);
      block.lastField = 'lead';
      continue;
    }
    // The first value of a field counts; a repeated label is kept in the notes, not merged silently.
    if (block.fields[field]) {
      block.paragraphs.push([`${label}: ${value}`]);
      block.lastField = null;
      continue;
    }
    block.fields[field] = { parts: [value], line };
    block.lastField = field;
  }
}

function tooLarge(number: string, line: number): string | null {
  const level = number.split('.').find((n) => n.length > MAX_ITEM_NUMBER_DIGITS);
  return level === undefined
    ? null
    : `Mục số ${number} (dòng ${line}) có số thứ tự quá lớn: mỗi cấp của số mục có tối đa ${MAX_ITEM_NUMBER_DIGITS} chữ số. Hãy kiểm tra lại dòng này trong văn bản.`;
}

export function parsePlanDocument(text: string): ParseOutcome {
  const lines = text.split(/\r\n|\r|\n/).map(cleanLine);
  const sections: RawSection[] = [{ numeral: null, blocks: [] }];
  let item: Block | null = null;
  let current: Block | null = null;
  let closed = false;
  let firstStructureLine = lines.length;

  const open = (block: Block, index: number) => {
    firstStructureLine = Math.min(firstStructureLine, index);
    sections[sections.length - 1]!.blocks.push(block);
    current = block;
  };

  for (let index = 0; index < lines.length && !closed; index++) {
    const line = lines[index]!;
    const lineNo = index + 1;
    const block: Block | null = current;
    if (line === '') {
      if (block) {
        block.titleOpen = false;
        block.paragraphOpen = false;
      }
      continue;
    }
    if (CLOSING.test(line) && firstStructureLine < index) {
      closed = true;
      continue;
    }
    const section = SECTION.exec(line);
    if (section) {
      firstStructureLine = Math.min(firstStructureLine, index);
      sections.push({ numeral: section[1]!, blocks: [] });
      item = current = null;
      continue;
    }
    const numbered = ITEM.exec(line);
    if (numbered) {
      const number = numbered[1] ?? numbered[3] ?? numbered[5]!;
      const refusal = tooLarge(number, lineNo);
      if (refusal) return { ok: false, message: refusal };
      item = newBlock(number, 'item', lineNo, numbered[2] ?? numbered[4] ?? numbered[6]!);
      open(item, index);
      continue;
    }
    const point = POINT.exec(line);
    if (point && (item !== null || sections.length > 1)) {
      const letter = point[1] ?? point[3]!;
      open(
        newBlock(item ? `${item.number}.${letter}` : letter, 'point', lineNo, point[2] ?? point[4]!),
        index,
      );
      continue;
    }
    if (!block) continue;
    const labelled = readLabelledLine(line);
    if (labelled) {
      // Labelled lines belong to the item or point, even after a bullet describing it.
      const owner: Block = block.owner ?? block;
      owner.titleOpen = false;
      owner.paragraphOpen = false;
      addFields(owner, labelled, lineNo);
      current = owner;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      // A bullet is a task of its own only if it is an assignment sentence: decided at the end.
      const owner: Block = block.owner ?? block;
      owner.bullets += 1;
      const child = newBlock(`${owner.number}.${owner.bullets}`, 'bullet', lineNo, bullet[1]!, owner);
      child.written = line;
      sections[sections.length - 1]!.blocks.push(child);
      current = child;
      continue;
    }
    if (block.titleOpen && block.lastField === null && !startsAssignment(line)) {
      block.titleParts.push(line);
    } else if (block.lastField !== null && !block.paragraphOpen) {
      block.fields[block.lastField]!.parts.push(line);
    } else if (block.paragraphOpen) {
      block.paragraphs.at(-1)!.push(line);
    } else {
      block.paragraphs.push([line]);
      block.paragraphOpen = true;
    }
  }
  return finish(lines, sections, closed, firstStructureLine);
}

/**
 * "1. Xây dựng quy chế …" then, on the next line, "Giao Vụ A chủ trì, …; hoàn thành …": the sentence
 * opens a paragraph of its own instead of continuing a wrapped title.
 */
function startsAssignment(line: string): boolean {
  return /^\p{Lu}/u.test(line) && readAssignment(line, { titled: true }) !== null;
}

type Finished = RawPlanItem & { hasFields: boolean; bullet: boolean };

/** A block whose own text or a paragraph under it is an assignment takes its units and deadline from it. */
function finishBlock(block: Block, wbs: string): Finished {
  const title = stripFinalStop(block.titleParts.join(' '));
  const fields: RawPlanItem['fields'] = {};
  for (const [field, collected] of Object.entries(block.fields) as [PlanField, CollectedField][]) {
    fields[field] = { value: collected.parts.join(' ').trim(), line: collected.line };
  }
  const extra = block.paragraphs.map((p) => p.join(' '));
  const base = {
    wbs,
    depth: wbs.split('.').length,
    line: block.line,
    extra,
    bullet: block.kind === 'bullet',
  };
  if (Object.keys(fields).length > 0) {
    // "a) Giao Báo Công lý chủ trì … / Thời gian thực hiện: Thường xuyên.": units from the sentence, the labels win.
    const sentence = fields.lead ? null : readAssignment(title);
    if (!sentence) return { ...base, title, fields, hasFields: true };
    const merged = { ...assignmentFields(sentence, block.line), ...fields };
    return { ...base, title: sentence.work, fields: merged, expects: expectsOf(fields), hasFields: true };
  }

  const own = readAssignment(title);
  if (own) {
    const fromOwn = assignmentFields(own, block.line);
    return { ...base, title: own.work, fields: fromOwn, expects: INLINE, hasFields: true };
  }
  const at = extra.findIndex((p) => readAssignment(p, { titled: true }) !== null);
  if (at >= 0) {
    const found = readAssignment(extra[at]!, { titled: true })!;
    const line = block.line + 1;
    const rest = extra.filter((_, i) => i !== at);
    return {
      ...base,
      title,
      extra: rest,
      fields: assignmentFields(found, line),
      expects: INLINE,
      hasFields: true,
    };
  }
  return { ...base, title, fields, hasFields: false };
}

const INLINE: readonly PlanField[] = ['lead', 'deadline'];
/** A sentence with labels under it asks for a deliverable only when the document labels one. */
const expectsOf = (labelled: RawPlanItem['fields']): readonly PlanField[] =>
  labelled.deliverable ? ['lead', 'deadline', 'deliverable'] : INLINE;

function assignmentFields(
  a: NonNullable<ReturnType<typeof readAssignment>>,
  line: number,
): RawPlanItem['fields'] {
  const fields: RawPlanItem['fields'] = { lead: { value: a.leads.join(', '), line, units: a.leads } };
  if (a.supports.length > 0) fields.support = { value: a.supports.join(', '), line, units: a.supports };
  if (a.deadline !== null) fields.deadline = { value: a.deadline, line };
  return fields;
}

function finish(
  lines: string[],
  sections: RawSection[],
  closed: boolean,
  firstStructureLine: number,
): ParseOutcome {
  const read = sections.map((section) => {
    const finished = section.blocks.map((b) => ({ block: b, item: finishBlock(b, b.number) }));
    // A bullet that is no task of its own is text under its owner, as written.
    const byBlock = new Map(finished.map((f) => [f.block, f.item]));
    const kept = finished.filter(({ block, item }) => {
      if (block.kind !== 'bullet' || item.hasFields) return true;
      const text = [block.written, ...block.titleParts.slice(1), ...item.extra].join(' ');
      byBlock.get(block.owner!)?.extra.push(text);
      return false;
    });
    renumberBullets(kept.map((k) => k.item));
    return { numeral: section.numeral, items: kept.map((k) => k.item) };
  });
  const taskSections = read.filter((s) => s.items.some((i) => i.hasFields));
  if (taskSections.length === 0) return { ok: false, message: NO_TASKS };

  const header = readHeader(lines, firstStructureLine);
  const prefixed = taskSections.length > 1;
  const rawItems: Finished[] = taskSections.flatMap((s) =>
    s.items.map((item) => (prefixed && s.numeral ? { ...item, wbs: `${s.numeral}.${item.wbs}` } : item)),
  );
  const outcome = buildPlanDocument(header, rawItems);
  if (!outcome.ok) return outcome;
  // A document that stops inside an item whose siblings all had their details was cut short.
  const last = rawItems[rawItems.length - 1];
  const lastHasChildren = outcome.document.items.some((i) => i.parentWbs === last?.wbs);
  if (!closed && last && !last.hasFields && !lastHasChildren) {
    outcome.document.warnings.push({
      wbs: last.wbs,
      line: last.line,
      message: `Văn bản kết thúc tại mục ${last.wbs}: phần sau của kế hoạch không có trong văn bản nên chưa được nhập.`,
    });
  }
  return outcome;
}

/** Bullets kept as tasks are numbered 1, 2, … under their owner, skipping those that were only text. */
function renumberBullets(items: Finished[]): void {
  const counters = new Map<string, number>();
  const bulletPattern = /^(.*)\.(\d+)$/;
  for (const item of items) {
    if (!item.bullet) continue;
    const owner = bulletPattern.exec(item.wbs)![1]!;
    const next = (counters.get(owner) ?? 0) + 1;
    counters.set(owner, next);
    item.wbs = `${owner}.${next}`;
  }
}
