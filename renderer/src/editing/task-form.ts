/**
 * The task form's state and its rules, apart from React: the fields as typed, the deadline wording
 * read live by the same parser the services use, and the conversion to what the API accepts.
 */
import { parseDeadline } from '../../../shared/deadline/parse-deadline';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { TaskFields } from '../../../shared/editing/editing-schemas';
import type { Recurrence, TaskKind } from '../../../shared/model/schemas';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';

export type TaskForm = {
  title: string;
  kind: TaskKind;
  /** dd/mm/yyyy as typed. */
  start: string;
  deadlineText: string;
  /** "Thời hạn điều chỉnh", dd/mm/yyyy; empty while the plan's deadline holds. */
  revisedDeadline: string;
  deliverable: string;
  notes: string;
  /** The principal lead ("Chủ trì"). */
  leadUnitId: number | null;
  /** Units that lead with it ("Đồng chủ trì"), in the order chosen. */
  coLeadUnitIds: number[];
  supportUnitIds: number[];
};

export const KIND_LABELS: Record<TaskKind, string> = {
  task: 'Nhiệm vụ',
  milestone: 'Mốc',
  meeting: 'Cuộc họp',
};

export function formOf(task: TaskView | null): TaskForm {
  return {
    title: task?.title ?? '',
    kind: task?.kind ?? 'task',
    start: task?.start ? formatDisplayDate(task.start) : '',
    deadlineText:
      task?.deadlineText ?? (task?.baselineDeadline ? formatDisplayDate(task.baselineDeadline) : ''),
    revisedDeadline:
      task && task.deadline !== null && task.deadline !== task.baselineDeadline
        ? formatDisplayDate(task.deadline)
        : '',
    deliverable: task?.deliverable ?? '',
    notes: task?.notes ?? '',
    leadUnitId: task?.leads[0]?.id ?? null,
    coLeadUnitIds: task?.leads.slice(1).map((u) => u.id) ?? [],
    supportUnitIds: task?.supports.map((u) => u.id) ?? [],
  };
}

/**
 * The units as the API takes them: a unit has one role (a lead is never also a support), and co-leads
 * without a principal lead have the first of them as principal, so that none is lost.
 */
export function formUnits(
  form: Pick<TaskForm, 'leadUnitId' | 'coLeadUnitIds' | 'supportUnitIds'>,
): Pick<TaskFields, 'leadUnitId' | 'coLeadUnitIds' | 'supportUnitIds'> {
  const leads = [...new Set([...(form.leadUnitId === null ? [] : [form.leadUnitId]), ...form.coLeadUnitIds])];
  return {
    leadUnitId: leads[0] ?? null,
    coLeadUnitIds: leads.slice(1),
    supportUnitIds: [...new Set(form.supportUnitIds)].filter((id) => !leads.includes(id)),
  };
}

/** "Chủ trì" chosen: the unit leaves the co-leads and supports; cleared, the first co-lead takes its place. */
export function withLead(form: TaskForm, leadUnitId: number | null): TaskForm {
  if (leadUnitId === null) {
    const [next = null, ...rest] = form.coLeadUnitIds;
    return { ...form, leadUnitId: next, coLeadUnitIds: rest };
  }
  return {
    ...form,
    leadUnitId,
    coLeadUnitIds: form.coLeadUnitIds.filter((id) => id !== leadUnitId),
    supportUnitIds: form.supportUnitIds.filter((id) => id !== leadUnitId),
  };
}

/** "Đồng chủ trì" ticked or not: a co-lead is not also a support. */
export function withCoLead(form: TaskForm, unitId: number, on: boolean): TaskForm {
  if (!on) return { ...form, coLeadUnitIds: form.coLeadUnitIds.filter((id) => id !== unitId) };
  if (unitId === form.leadUnitId || form.coLeadUnitIds.includes(unitId)) return form;
  return {
    ...form,
    coLeadUnitIds: [...form.coLeadUnitIds, unitId],
    supportUnitIds: form.supportUnitIds.filter((id) => id !== unitId),
  };
}

/**
 * Whether the "Thời hạn theo kế hoạch" wording may be typed. A document's wording is the plan's and
 * never edited; but where the document wrote no deadline at all there is nothing to overwrite, so the
 * secretary adds the missing wording (it becomes the plan's deadline; the import's note keeps that the
 * document lacked it). The services apply the same rule.
 */
export function isWordingEditable(task: Pick<TaskView, 'sourceLine' | 'deadlineText'> | null): boolean {
  return task === null || task.sourceLine === null || task.deadlineText === null;
}

/**
 * The form after its task changed underneath it (an edit made from inside the form, such as a
 * revision taken back): the fields the user has not touched follow the task, the ones typed stay.
 */
export function rebaseForm(form: TaskForm, before: TaskForm, after: TaskForm): TaskForm {
  const next = { ...form };
  for (const key of Object.keys(after) as (keyof TaskForm)[]) {
    if (JSON.stringify(form[key]) === JSON.stringify(before[key])) Object.assign(next, { [key]: after[key] });
  }
  return next;
}

export function describeRecurrence(r: Recurrence): string {
  const every =
    r.frequency === 'yearly'
      ? r.interval === 1
        ? 'hằng năm'
        : `${r.interval} năm/lần`
      : r.interval === 1
        ? 'hằng tháng'
        : `${r.interval} tháng/lần`;
  const day =
    r.day !== null && r.month !== null
      ? `, hạn ngày ${String(r.day).padStart(2, '0')}/${String(r.month).padStart(2, '0')}`
      : r.day !== null
        ? `, ngày ${r.day}`
        : '';
  return `Định kỳ ${every}${day}`;
}

export type DeadlineReading =
  | { ok: true; deadline: string | null; recurrence: Recurrence | null; text: string }
  | { ok: false; text: string };

/** What the wording means, in one sentence for the form ("Hiểu là: hạn cuối 14/07/2021"). */
export function readDeadline(wording: string, signedOn: string | null): DeadlineReading {
  if (wording.trim() === '')
    return { ok: true, deadline: null, recurrence: null, text: 'Chưa ghi thời hạn.' };
  const r = parseDeadline(wording, { signedOn });
  if (!r.ok) return { ok: false, text: r.message };
  if (r.recurrence)
    return {
      ok: true,
      deadline: null,
      recurrence: r.recurrence,
      text: `Hiểu là: ${describeRecurrence(r.recurrence)}.`,
    };
  if (r.ongoing)
    return {
      ok: true,
      deadline: null,
      recurrence: null,
      text: 'Hiểu là: nhiệm vụ thường xuyên, không có hạn cuối.',
    };
  if (r.deadline) {
    const from = r.start ? `từ ${formatDisplayDate(r.start)}, ` : '';
    return {
      ok: true,
      deadline: r.deadline,
      recurrence: null,
      text: `Hiểu là: ${from}hạn cuối ${formatDisplayDate(r.deadline)}.`,
    };
  }
  return { ok: false, text: 'Thời hạn tính từ ngày ký nhưng văn bản chưa có ngày ký.' };
}

export type FormErrors = Partial<Record<'title' | 'start' | 'deadlineText' | 'revisedDeadline', string>>;

export function toTaskFields(
  form: TaskForm,
  signedOn: string | null,
): { ok: true; fields: TaskFields } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  if (form.title.trim() === '') errors.title = 'Chưa nhập tên nhiệm vụ.';
  const start = form.start.trim() === '' ? null : parseDisplayDate(form.start);
  if (form.start.trim() !== '' && start === null)
    errors.start = 'Ngày không hợp lệ: hãy ghi dạng dd/mm/yyyy.';
  const reading = readDeadline(form.deadlineText, signedOn);
  const revised = form.revisedDeadline.trim() === '' ? null : parseDisplayDate(form.revisedDeadline);
  if (form.revisedDeadline.trim() !== '' && revised === null)
    errors.revisedDeadline = 'Ngày không hợp lệ: hãy ghi dạng dd/mm/yyyy.';
  // A revised deadline, when given, is the one in force; the wording stays the plan's.
  const deadline = revised ?? (reading.ok ? reading.deadline : null);
  if (start && deadline && deadline < start) {
    if (revised) errors.revisedDeadline = 'Thời hạn hoàn thành không thể trước ngày bắt đầu.';
    else errors.deadlineText = 'Thời hạn hoàn thành không thể trước ngày bắt đầu.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      title: form.title.trim(),
      kind: form.kind,
      start,
      deadline,
      deadlineText: form.deadlineText.trim() === '' ? null : form.deadlineText.trim(),
      recurrence: reading.ok ? reading.recurrence : null,
      deliverable: form.deliverable.trim() || null,
      notes: form.notes.trim() || null,
      ...formUnits(form),
    },
  };
}
