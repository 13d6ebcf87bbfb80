/**
 * MS Project XML (MSPDI) → the parsed plan and its schedule. The XML is checked for well-formedness
 * (fast-xml-validator), read by fast-xml-parser and its shape checked with zod; every problem found
 * is reported together before anything is written. See mspdi-format.ts for how fields map.
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { UserError } from '../../../shared/api/user-error';
import { type IsoDate, isIsoDate } from '../../../shared/dates/iso-date';
import type { TaskKind } from '../../../shared/model/schemas';
import {
  type RawPlanItem,
  buildPlanDocument,
  parentWbsOf,
} from '../../../shared/plan-document/build-plan-document';
import { emptyHeader } from '../../../shared/plan-document/plan-header';
import type { ParsedWarning } from '../../../shared/plan-document/parsed-plan';
import { splitLeadList } from '../../../shared/units/lead-units';
import { normalizeUnitName, unitKey } from '../../../shared/units/unit-name';
import { describeValidationError } from '../../../shared/api/validation-message';
import type { ImportedBaseline } from '../../storage/plan-repository';
import { readMspdiBaseline } from '../baseline-fields';
import { foldText } from '../common/fold-text';
import { MAX_IMPORT_ITEMS } from '../common/import-limits';
import { progressUpdatesFromFile } from '../common/imported-progress';
import { type ParsedPlanFile, describeProblems } from '../common/parsed-file';
import { kindFromLabel } from '../excel/task-grid-columns';
import { countElements } from './count-elements';
import { findCycle } from './find-cycle';
import {
  ASSIGNMENT_ROLE_FIELD,
  CONSTRAINT_START_NO_EARLIER_THAN,
  ELAPSED_FORMATS,
  LINK_TYPE_NAMES,
  LINK_TYPES,
  MINUTES_PER_DAY,
  ROLE_LABELS,
  TASK_FIELDS,
  TENTHS_OF_MINUTE_PER_ELAPSED_DAY,
} from './mspdi-format';
import { type MspdiProject, type MspdiTask, REPEATED_ELEMENTS, mspdiProjectSchema } from './mspdi-schema';

type CustomField = keyof typeof TASK_FIELDS;

const WBS_PATTERN = /^[\p{L}\d]{1,10}(\.[\p{L}\d]{1,10}){0,9}$/u;
const MAX_LAG_DAYS = 3650;

function decodeXml(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`Tệp “${fileName}” không phải là tệp XML mã hóa UTF-8 hoặc UTF-16.`);
  }
}

function readProject(bytes: Uint8Array, fileName: string): MspdiProject {
  const xml = decodeXml(bytes, fileName);
  // MS Project never writes a DOCTYPE; one can only be there to expand entities (billion laughs).
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new UserError(
      `Tệp “${fileName}” có khai báo DOCTYPE: tệp MS Project XML không có phần này nên tệp bị từ chối.`,
    );
  }
  // Counted in the text, before fast-xml-parser builds an object for each of them.
  countElements(xml, fileName);
  try {
    SyntaxValidator.validate(xml);
  } catch (error) {
    const where = error instanceof Error && 'line' in error ? ` (lỗi ở dòng ${String(error.line)})` : '';
    throw new UserError(
      `Tệp “${fileName}” không phải là tệp XML hợp lệ${where}: có thể tệp bị hỏng hoặc bị cắt dở.`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => REPEATED_ELEMENTS.has(name),
  });
  const root: unknown = parser.parse(xml);
  const project =
    typeof root === 'object' && root !== null && 'Project' in root
      ? (root as { Project: unknown }).Project
      : undefined;
  if (project === undefined || typeof project !== 'object' || project === null) {
    throw new UserError(
      `Tệp “${fileName}” không phải là tệp MS Project XML: không có phần tử <Project>. ` +
        'Trong MS Project, hãy chọn Lưu thành (Save As) → “XML Format (*.xml)”.',
    );
  }
  const checked = mspdiProjectSchema.safeParse(project);
  if (!checked.success) {
    throw new UserError(
      `Tệp “${fileName}” có cấu trúc MS Project không đúng. ${describeValidationError(checked.error)}`,
    );
  }
  return checked.data;
}

function dayOf(value: string | undefined): IsoDate | null | 'invalid' {
  if (value === undefined || value === '') return null;
  const date = value.slice(0, 10);
  return isIsoDate(date) && (value.length === 10 || value[10] === 'T') ? date : 'invalid';
}

/** Which of the file's custom text fields are this app's (known by their aliases, not just their numbers). */
function ourFields(project: MspdiProject): Map<string, CustomField> {
  const definitions = project.ExtendedAttributes?.ExtendedAttribute ?? [];
  const fields = new Map<string, CustomField>();
  for (const [key, field] of Object.entries(TASK_FIELDS) as [
    CustomField,
    (typeof TASK_FIELDS)[CustomField],
  ][]) {
    const defined = definitions.find((d) => d.FieldID === field.id);
    if (defined && foldText(defined.Alias ?? '') === foldText(field.alias)) fields.set(field.id, key);
  }
  return fields;
}

type Row = { task: MspdiTask; level: number; parent: number | null; line: number; summary: boolean };

/** The outline as MS Project gives it: each task's parent is the nearest task above one level up. */
function outline(tasks: MspdiTask[]): Row[] {
  const rows: Row[] = [];
  const stack: number[] = [];
  tasks.forEach((task, index) => {
    const stated = Number(task.OutlineLevel ?? task.OutlineNumber?.split('.').length ?? 1);
    const level = Number.isInteger(stated) && stated >= 1 ? Math.min(stated, stack.length + 1) : 1;
    stack.length = level - 1;
    rows.push({
      task,
      level,
      parent: stack[level - 2] ?? null,
      line: index + 1,
      summary: task.Summary === '1',
    });
    stack.push(index);
  });
  for (const row of rows) if (row.parent !== null) rows[row.parent]!.summary = true;
  return rows;
}

/** The file's WBS codes when they follow its outline, else MS Project's outline numbers, else positions. */
function chooseWbs(rows: Row[]): string[] {
  const candidates: ((row: Row, i: number) => string | undefined)[] = [
    (row) => row.task.WBS,
    (row) => row.task.OutlineNumber,
  ];
  for (const candidate of candidates) {
    const codes = rows.map((row, i) => (candidate(row, i) ?? '').trim());
    const known = new Set(codes);
    const fits =
      codes.every((c) => WBS_PATTERN.test(c)) &&
      known.size === codes.length &&
      rows.every(
        (row, i) => parentWbsOf(codes[i]!, known) === (row.parent === null ? null : codes[row.parent]),
      );
    if (fits) return codes;
  }
  const codes: string[] = [];
  const counts = new Map<number | null, number>();
  rows.forEach((row) => {
    const n = (counts.get(row.parent) ?? 0) + 1;
    counts.set(row.parent, n);
    codes.push(row.parent === null ? String(n) : `${codes[row.parent]}.${n}`);
  });
  return codes;
}

function lagDays(lag: string | undefined, format: string | undefined, minutesPerDay: number): number {
  const tenths = Number(lag ?? '0');
  if (!Number.isFinite(tenths)) return Number.NaN;
  const perDay = ELAPSED_FORMATS.has(format ?? '') ? TENTHS_OF_MINUTE_PER_ELAPSED_DAY : minutesPerDay * 10;
  return Math.round(tenths / perDay);
}

/** A long cycle is named by its first and last steps: a message of 6,000 codes helps nobody. */
function describeCycle(cycle: string[]): string {
  if (cycle.length <= 12) return cycle.join(' → ');
  return `${cycle.slice(0, 8).join(' → ')} → … (${cycle.length - 11} mục nữa) → ${cycle.slice(-3).join(' → ')}`;
}

export async function parseMspdiPlan(
  bytes: Uint8Array,
  fileName: string,
  today: IsoDate,
): Promise<ParsedPlanFile> {
  const project = readProject(bytes, fileName);
  const allTasks = project.Tasks?.Task ?? [];
  // UID 0 is MS Project's summary of the whole project; IsNull marks a blank row.
  const tasks = allTasks.filter((t) => t.UID !== '0' && t.IsNull !== '1');
  if (tasks.length === 0) throw new UserError(`Tệp MS Project “${fileName}” không có công việc nào để nhập.`);
  if (tasks.length > MAX_IMPORT_ITEMS) {
    throw new UserError(`Tệp “${fileName}” có hơn ${MAX_IMPORT_ITEMS} công việc: quá lớn cho một kế hoạch.`);
  }

  const problems: string[] = [];
  const fields = ourFields(project);
  const rows = outline(tasks);
  const wbsOf = chooseWbs(rows);
  const rowByUid = new Map<string, number>();
  rows.forEach((row, i) => {
    if (rowByUid.has(row.task.UID)) problems.push(`Có hai công việc cùng mã UID ${row.task.UID}.`);
    rowByUid.set(row.task.UID, i);
  });

  const resources = new Map<string, string>();
  for (const r of project.Resources?.Resource ?? []) {
    const name = (r.Name ?? '').trim();
    if (r.IsNull === '1' || name === '') continue;
    const fullName = (r.Notes ?? '').trim();
    // The full name is used only when it reads back as the same unit: a stray note cannot rename one.
    resources.set(r.UID, fullName && normalizeUnitName(fullName)?.key === unitKey(name) ? fullName : name);
  }
  const unitsByTask = new Map<string, string[]>();
  // The units whose assignment says "Chủ trì": the leads in file order (the first is the principal
  // one), when the file gives roles (this app's do).
  const leadsByTask = new Map<string, string[]>();
  for (const a of project.Assignments?.Assignment ?? []) {
    const unit = resources.get(a.ResourceUID);
    if (unit === undefined) continue;
    const units = unitsByTask.get(a.TaskUID);
    if (units) units.push(unit);
    else unitsByTask.set(a.TaskUID, [unit]);
    const role = a.ExtendedAttribute?.find((e) => e.FieldID === ASSIGNMENT_ROLE_FIELD)?.Value ?? '';
    if (foldText(role) !== foldText(ROLE_LABELS.lead)) continue;
    const leads = leadsByTask.get(a.TaskUID);
    if (!leads) leadsByTask.set(a.TaskUID, [unit]);
    else if (!leads.includes(unit)) leads.push(unit);
  }
  // A file this app wrote says where each start comes from: only a start of the task's own is read.
  const startsAreMarked = [...fields.values()].includes('startBasis');

  const header = emptyHeader();
  header.title = project.Title?.trim() || null;
  header.code = project.Subject?.trim() || null;
  header.documentType = project.Category?.trim() || null;
  const projectStart = dayOf(project.StartDate);
  header.issuedOn = projectStart === 'invalid' ? null : projectStart;

  const items: RawPlanItem[] = [];
  const starts: { wbs: string; start: IsoDate }[] = [];
  const baselines: ImportedBaseline[] = [];
  const percents = new Map<string, number>();
  rows.forEach((row, i) => {
    const { task, line } = row;
    const wbs = wbsOf[i]!;
    const label = `Công việc ${task.ID ?? task.UID} (WBS ${wbs})`;
    const custom = new Map<CustomField, string>();
    for (const value of task.ExtendedAttribute ?? []) {
      const field = fields.get(value.FieldID);
      if (field && value.Value?.trim()) custom.set(field, value.Value.trim());
    }
    const title = (task.Name ?? '').trim();
    if (title === '') problems.push(`${label} chưa có tên.`);

    const date = (value: string | undefined, what: string): IsoDate | null => {
      const day = dayOf(value);
      if (day === 'invalid') {
        problems.push(`${label}: ${what} “${value}” không phải là ngày hợp lệ.`);
        return null;
      }
      return day;
    };
    // A summary's dates are its children's, and a derived or estimated start is MS Project's guess:
    // only a start set on the task (a "start no earlier than") is its own.
    const constrained = task.ConstraintType === CONSTRAINT_START_NO_EARLIER_THAN;
    const estimated = task.Estimated === '1' || custom.get('undated') === '1';
    const start = constrained
      ? date(task.ConstraintDate ?? task.Start, 'ngày bắt đầu')
      : row.summary || startsAreMarked || estimated
        ? null
        : date(task.Start, 'ngày bắt đầu');
    const deadlineOn =
      date(task.Deadline, 'thời hạn') ??
      (row.summary || estimated ? null : date(task.Finish, 'ngày kết thúc'));
    if (start !== null) starts.push({ wbs, start });
    const baseline = row.summary ? null : readMspdiBaseline(task.Baseline);
    if (baseline) baselines.push({ wbs, ...baseline });
    if (start !== null && deadlineOn !== null && start > deadlineOn) {
      problems.push(`${label} bắt đầu sau thời hạn của nó.`);
    }
    if (task.PercentComplete !== undefined && task.PercentComplete !== '') {
      const percent = Number(task.PercentComplete);
      if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
        problems.push(`${label}: tỉ lệ hoàn thành “${task.PercentComplete}” phải là số nguyên từ 0 đến 100.`);
      } else percents.set(wbs, percent);
    }

    let kind: TaskKind | undefined = task.Milestone === '1' ? 'milestone' : undefined;
    const kindText = custom.get('kind');
    if (kindText !== undefined) {
      const known = kindFromLabel(kindText);
      if (known === null)
        problems.push(`${label}: loại “${kindText}” không hợp lệ (Nhiệm vụ, Mốc hoặc Cuộc họp).`);
      else kind = known;
    }

    const assigned = unitsByTask.get(task.UID) ?? [];
    // Without roles, the "Chủ trì" text column names the leads ("Vụ A, Cục B (đồng chủ trì)").
    const leadText = custom.get('lead');
    const leads =
      leadsByTask.get(task.UID) ??
      (leadText === undefined
        ? []
        : splitLeadList(leadText).map(
            (name) =>
              assigned.find((u) => unitKey(normalizeUnitName(u)?.name ?? u) === unitKey(name)) ?? name,
          ));
    const supports = assigned.filter((u) => !leads.includes(u));
    const fieldsOf: RawPlanItem['fields'] = {};
    if (leads.length > 0) fieldsOf.lead = { value: leads.join('; '), line, units: leads };
    if (supports.length > 0) fieldsOf.support = { value: supports.join('; '), line };
    const deadlineText = custom.get('deadlineText');
    if (deadlineText) fieldsOf.deadline = { value: deadlineText, line };
    const deliverable = custom.get('deliverable');
    if (deliverable) fieldsOf.deliverable = { value: deliverable, line };

    items.push({
      wbs,
      depth: row.level,
      title: title || `(chưa có tên)`,
      line,
      fields: fieldsOf,
      extra: task.Notes?.trim() ? task.Notes.trim().split(/\r?\n/) : [],
      ...(kind ? { kind } : {}),
      ...(deadlineOn ? { deadlineOn } : {}),
    });
  });

  // Links: finish-to-start with a lag in days is what the plan keeps; anything else is said.
  const minutesPerDay = Number(project.MinutesPerDay ?? MINUTES_PER_DAY) || MINUTES_PER_DAY;
  const linkWarnings: ParsedWarning[] = [];
  const dependencies: { predecessorWbs: string; successorWbs: string; lagDays: number }[] = [];
  const seenLinks = new Set<string>();
  rows.forEach((row, i) => {
    const successorWbs = wbsOf[i]!;
    for (const link of row.task.PredecessorLink ?? []) {
      const warn = (message: string) => linkWarnings.push({ wbs: successorWbs, line: row.line, message });
      if (link.CrossProject === '1') {
        warn(`Mục ${successorWbs}: liên kết với một dự án khác không được nhập.`);
        continue;
      }
      const from = rowByUid.get(link.PredecessorUID);
      if (from === undefined || from === i) {
        warn(
          `Mục ${successorWbs}: liên kết tới công việc UID ${link.PredecessorUID} không có trong tệp nên bị bỏ qua.`,
        );
        continue;
      }
      const predecessorWbs = wbsOf[from]!;
      const days = lagDays(link.LinkLag, link.LagFormat, minutesPerDay);
      if (!Number.isFinite(days) || Math.abs(days) > MAX_LAG_DAYS) {
        problems.push(
          `Mục ${successorWbs}: độ trễ “${link.LinkLag ?? ''}” của liên kết với mục ${predecessorWbs} không hợp lệ.`,
        );
        continue;
      }
      const type = link.Type ?? LINK_TYPES.finishToStart;
      if (type !== LINK_TYPES.finishToStart) {
        warn(
          `Mục ${successorWbs}: liên kết kiểu “${LINK_TYPE_NAMES[type] ?? type}” với mục ${predecessorWbs} được ghi là “kết thúc – bắt đầu”, kiểu duy nhất kế hoạch có.`,
        );
      }
      const key = `${predecessorWbs}→${successorWbs}`;
      if (seenLinks.has(key)) continue;
      seenLinks.add(key);
      dependencies.push({ predecessorWbs, successorWbs, lagDays: days });
    }
  });
  const edges = new Map<string, string[]>();
  for (const d of dependencies) {
    const next = edges.get(d.predecessorWbs);
    if (next) next.push(d.successorWbs);
    else edges.set(d.predecessorWbs, [d.successorWbs]);
  }
  const cycle = findCycle(edges);
  if (cycle)
    problems.push(
      `Các liên kết tạo thành vòng lặp: ${describeCycle(cycle)}. Hãy sửa trong MS Project rồi xuất lại.`,
    );

  if (problems.length > 0) throw new UserError(describeProblems(fileName, problems));
  const outcome = buildPlanDocument(header, items);
  if (!outcome.ok) throw new UserError(outcome.message);
  for (const warning of linkWarnings) outcome.document.warnings.push(warning);

  const status = dayOf(project.StatusDate);
  const current = dayOf(project.CurrentDate);
  const reportedOn =
    status !== null && status !== 'invalid'
      ? status
      : current !== null && current !== 'invalid'
        ? current
        : today;
  const sourceText = rows
    .map(
      (row, i) =>
        `${row.task.ID ?? row.task.UID} | ${wbsOf[i]} | ${'  '.repeat(row.level - 1)}${(row.task.Name ?? '').trim()}`,
    )
    .join('\n');
  return {
    document: outcome.document,
    schedule: {
      starts,
      baselines,
      dependencies,
      progress: progressUpdatesFromFile(
        outcome.document.items,
        percents,
        reportedOn,
        `Nhập từ tệp “${fileName}”`,
      ),
    },
    sourceText,
  };
}
