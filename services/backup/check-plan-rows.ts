/**
 * A candidate plan (a plan file, or a backup being restored) checked row by row before it replaces
 * anything: the task tree (no task its own parent, no cycle, no parent in another plan), links and
 * meeting items within one plan, and every plan read back exactly as the window will read it —
 * dates, recurrence, colours, text — and its view computed. Whatever the window could not show is
 * named here, so no stored data can blank it later. Reads only; the file is a private copy.
 */
import { planDataSchema } from '../../shared/model/plan-data-schema';
import { colorSchema, isoDateSchema } from '../../shared/model/schemas';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { Db } from '../storage/database';
import { createPlanRepository } from '../storage/plan-repository';

/** How many problems the refusal names; the rest are counted. */
export const NAMED_PROBLEMS = 5;

type TaskRow = { id: number; plan_id: number; parent_id: number | null; wbs: unknown; title: unknown };

const quote = (value: unknown): string => {
  const text = typeof value === 'string' ? value : String(value);
  return `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
};

const taskName = (t: { wbs: unknown; title: unknown }) => `nhiệm vụ ${String(t.wbs)} ${quote(t.title)}`;

function treeProblems(tasks: readonly TaskRow[]): string[] {
  const problems: string[] = [];
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const task of tasks) {
    if (task.parent_id === null) continue;
    if (task.parent_id === task.id) problems.push(`${taskName(task)} là cấp trên của chính nó`);
    const parent = byId.get(task.parent_id);
    if (parent && parent.plan_id !== task.plan_id)
      problems.push(`${taskName(task)} có cấp trên thuộc một kế hoạch khác`);
  }
  // Walks up from each task once, colouring as it goes: linear, without recursion.
  const state = new Map<number, 'walking' | 'done'>();
  for (const start of tasks) {
    const path: number[] = [];
    let current: TaskRow | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, 'walking');
      path.push(current.id);
      current = current.parent_id === null ? undefined : byId.get(current.parent_id);
    }
    if (current && state.get(current.id) === 'walking' && current.parent_id !== current.id) {
      const cycle = path.slice(path.indexOf(current.id)).map((id) => String(byId.get(id)!.wbs));
      problems.push(`các nhiệm vụ ${cycle.join(' → ')} là cấp trên của nhau thành vòng`);
    }
    for (const id of path) state.set(id, 'done');
  }
  return problems;
}

function crossPlanProblems(db: Db): string[] {
  const links = db
    .prepare(
      `SELECT p.wbs AS a, s.wbs AS b FROM dependencies d
       JOIN tasks p ON p.id = d.predecessor_id JOIN tasks s ON s.id = d.successor_id
       WHERE p.plan_id <> s.plan_id LIMIT ${NAMED_PROBLEMS}`,
    )
    .all() as { a: unknown; b: unknown }[];
  const items = db
    .prepare(
      `SELECT m.title AS meeting, t.wbs AS wbs FROM meeting_items i
       JOIN meetings m ON m.id = i.meeting_id JOIN tasks t ON t.id = i.task_id
       WHERE t.plan_id <> m.plan_id LIMIT ${NAMED_PROBLEMS}`,
    )
    .all() as { meeting: unknown; wbs: unknown }[];
  return [
    ...links.map(
      (l) => `quan hệ trước–sau giữa nhiệm vụ ${String(l.a)} và ${String(l.b)} nối hai kế hoạch khác nhau`,
    ),
    ...items.map(
      (i) => `cuộc họp ${quote(i.meeting)} nhắc tới nhiệm vụ ${String(i.wbs)} của một kế hoạch khác`,
    ),
  ];
}

/** Values SQLite stores whatever their type: text that is not text, recurrence that is not JSON. */
function valueProblems(db: Db): string[] {
  const problems: string[] = [];
  const badText = db
    .prepare(
      `SELECT wbs, title FROM tasks WHERE typeof(title) <> 'text' OR typeof(wbs) <> 'text'
         OR (deliverable IS NOT NULL AND typeof(deliverable) <> 'text')
         OR (notes IS NOT NULL AND typeof(notes) <> 'text')
         OR (deadline_text IS NOT NULL AND typeof(deadline_text) <> 'text')
       LIMIT ${NAMED_PROBLEMS}`,
    )
    .all() as TaskRow[];
  for (const task of badText)
    problems.push(
      `nhiệm vụ ${typeof task.wbs === 'string' ? task.wbs : '(không số)'} có nội dung không phải văn bản`,
    );
  const badRecurrence = db
    .prepare(
      `SELECT wbs, title FROM tasks WHERE recurrence IS NOT NULL
         AND (typeof(recurrence) <> 'text' OR NOT json_valid(recurrence)) LIMIT ${NAMED_PROBLEMS}`,
    )
    .all() as TaskRow[];
  for (const task of badRecurrence)
    problems.push(`${taskName(task)} có dữ liệu lặp lại (định kỳ) không đọc được`);
  const units = db.prepare('SELECT name, full_name, color FROM units').all() as {
    name: unknown;
    full_name: unknown;
    color: unknown;
  }[];
  for (const unit of units) {
    if (typeof unit.name !== 'string' || unit.name === '' || typeof unit.full_name !== 'string')
      problems.push(`một đơn vị có tên không phải văn bản (${quote(unit.name)})`);
    else if (!colorSchema.safeParse(unit.color).success)
      problems.push(`đơn vị ${quote(unit.name)} có màu ${quote(unit.color)} không hợp lệ (cần dạng #rrggbb)`);
  }
  const meetings = db.prepare('SELECT title, held_on FROM meetings').all() as {
    title: unknown;
    held_on: unknown;
  }[];
  for (const meeting of meetings) {
    if (typeof meeting.title !== 'string') problems.push(`một cuộc họp có tiêu đề không phải văn bản`);
    else if (!isoDateSchema.safeParse(meeting.held_on).success)
      problems.push(`cuộc họp ${quote(meeting.title)} có ngày họp ${quote(meeting.held_on)} không hợp lệ`);
  }
  return problems;
}

/** Where in a plan's data a problem is, in words: "nhiệm vụ 1.2 “…”, trường deadline". */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path;
  const field = rest.length > 0 ? `, trường ${rest.map(String).join('.')}` : '';
  const rows = (data as Record<string, unknown>)[String(list)];
  const row =
    Array.isArray(rows) && typeof index === 'number' ? (rows[index] as Record<string, unknown>) : null;
  if (list === 'tasks' && row) return `${taskName({ wbs: row.wbs, title: row.title })}${field}`;
  if (list === 'units' && row) return `đơn vị ${quote(row.name)}${field}`;
  if (list === 'plan') return `thông tin kế hoạch${index === undefined ? '' : `, trường ${String(index)}`}`;
  return `${String(list)}${typeof index === 'number' ? ` (dòng ${index + 1})` : ''}${field}`;
}

function planProblems(db: Db): string[] {
  const problems: string[] = [];
  const repository = createPlanRepository(db);
  const plans = db.prepare('SELECT id, code FROM plans ORDER BY id').all() as { id: number; code: unknown }[];
  for (const plan of plans) {
    const label = `kế hoạch ${quote(plan.code)}`;
    let data: unknown;
    try {
      data = repository.loadPlanData(plan.id);
    } catch {
      // What the repository cannot read is a value of the wrong form: recurrence that is not JSON …
      problems.push(`${label}: có nhiệm vụ với dữ liệu lặp lại (định kỳ) hoặc giá trị khác không đọc được`);
      continue;
    }
    const parsed = planDataSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, NAMED_PROBLEMS))
        problems.push(`${label}, ${describePath(data, issue.path)}: ${issue.message}`);
      continue;
    }
    try {
      buildPlanView(parsed.data, new Date().toISOString().slice(0, 10));
    } catch {
      problems.push(`${label}: không dựng được bảng tiến độ từ dữ liệu này`);
    }
  }
  return problems;
}

/** The problems found, first ones first; empty when the file may replace the live plan. */
export function findPlanProblems(db: Db): string[] {
  const tasks = db.prepare('SELECT id, plan_id, parent_id, wbs, title FROM tasks').all() as TaskRow[];
  const structural = [...treeProblems(tasks), ...crossPlanProblems(db)];
  // A broken tree cannot be read back safely: the reading below runs only on a sound one.
  if (structural.length > 0) return structural;
  const values = valueProblems(db);
  if (values.length > 0) return values;
  return planProblems(db);
}

/** The refusal, naming the first problems; null when there are none. */
export function describePlanProblems(problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  const named = problems
    .slice(0, NAMED_PROBLEMS)
    .map((p) => `• ${p[0]!.toUpperCase()}${p.slice(1).replace(/\.+$/, '')}.`);
  const more = problems.length > NAMED_PROBLEMS ? [`(và ${problems.length - NAMED_PROBLEMS} lỗi khác)`] : [];
  return [
    'Tệp có dữ liệu không hợp lệ nên không được dùng; dữ liệu hiện tại giữ nguyên.',
    ...named,
    ...more,
  ].join('\n');
}
