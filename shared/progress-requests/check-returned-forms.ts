/**
 * Returned forms checked against the data, before anything is written: per file and per task, what
 * the unit reports against what the app has, and every problem named on its row. Pure: the
 * services hand in what the database knows about each request (see RequestContext).
 */
import type { IsoDate } from '../dates/iso-date';
import { formatDisplayDate } from '../dates/vietnamese-date';
import type { UnitRole } from '../model/schemas';
import { unitKey } from '../units/unit-name';
import type { PreviewFile, PreviewRow, RowProblem } from './request-schemas';
import { type ReturnedForm, type ReturnedFormRow, isFilled } from './returned-form';
import { taskIdOfKey } from './task-key';

export type TaskWording = { title: string; deadline: IsoDate | null; deadlineText: string | null };

export type RequestTask = {
  taskId: number;
  role: UnitRole;
  /** As the form showed it when sent. */
  sent: TaskWording;
  /** As the plan has it now; null when the task was removed. */
  current: (TaskWording & { wbs: string }) | null;
};

export type RequestContext = {
  requestId: number;
  token: string;
  planId: number;
  planCode: string;
  planIssuedOn: IsoDate | null;
  unitName: string;
  unitFullName: string;
  asOf: IsoDate;
  tasks: ReadonlyMap<number, RequestTask>;
  /** The latest recorded progress of each task. */
  latest: ReadonlyMap<number, { percent: number; reportedOn: IsoDate }>;
  /** Signatures (see updateSignature) of the progress updates already stored for these tasks. */
  stored: ReadonlySet<string>;
};

export type CheckEnvironment = {
  planId: number;
  planCode: string;
  today: IsoDate;
  /** The request a form answers, by the token in the form. */
  requestOf(token: string): RequestContext | null;
  /** The day this very file (by content) was imported before, if it was. */
  importedOn(sha256: string): IsoDate | null;
};

/** The progress update an accepted row becomes. */
export type RowUpdate = {
  taskId: number;
  reportedOn: IsoDate;
  percent: number;
  achieved: string | null;
  difficulties: string | null;
};

export type CheckedFile = PreviewFile & {
  /** The update each acceptable row would write, by task key. */
  updates: Map<string, RowUpdate>;
  context: RequestContext | null;
};

export function updateSignature(u: RowUpdate): string {
  return [u.taskId, u.reportedOn, u.percent, u.achieved ?? '', u.difficulties ?? ''].join('\u0001');
}

/** "Khó khăn …" and "Đề xuất: …" together: progress keeps one text for both, which the reports show. */
export function joinDifficulties(difficulties: string, proposals: string): string | null {
  const parts = [difficulties.trim(), proposals.trim() === '' ? '' : `Đề xuất: ${proposals.trim()}`];
  const text = parts.filter((p) => p !== '').join('\n');
  return text === '' ? null : text;
}

const error = (message: string): RowProblem => ({ level: 'error', message });
const warning = (message: string): RowProblem => ({ level: 'warning', message });
const show = (date: IsoDate) => formatDisplayDate(date);

function checkDate(
  label: string,
  date: IsoDate,
  env: CheckEnvironment,
  context: RequestContext,
  problems: RowProblem[],
): void {
  if (date > env.today) problems.push(error(`${label} ${show(date)} ở tương lai.`));
  if (context.planIssuedOn !== null && date < context.planIssuedOn)
    problems.push(
      error(`${label} ${show(date)} trước ngày ban hành kế hoạch (${show(context.planIssuedOn)}).`),
    );
}

function describeChange(task: RequestTask): string | null {
  const { sent, current } = task;
  if (current === null) return null;
  const changes: string[] = [];
  if (sent.title !== current.title) changes.push('tên nhiệm vụ');
  if (sent.deadline !== current.deadline || sent.deadlineText !== current.deadlineText) {
    const was = sent.deadline ? show(sent.deadline) : 'không có';
    const now = current.deadline ? show(current.deadline) : 'không có';
    changes.push(was === now ? 'cách ghi thời hạn' : `thời hạn (${was} → ${now})`);
  }
  return changes.length === 0 ? null : changes.join(', ');
}

function checkRow(
  row: ReturnedFormRow,
  context: RequestContext,
  env: CheckEnvironment,
  placesOf: ReadonlyMap<number, string[]>,
): { preview: PreviewRow; update: RowUpdate | null } {
  const problems: RowProblem[] = [];
  const taskId = row.key.trim() === '' ? null : taskIdOfKey(context.token, row.key);
  const task = taskId === null ? undefined : context.tasks.get(taskId);
  const latest = taskId === null ? undefined : context.latest.get(taskId);
  const base: PreviewRow = {
    key: row.key.trim(),
    taskId: task?.current ? task.taskId : null,
    wbs: task?.current?.wbs ?? row.wbs,
    title: task?.current?.title ?? (row.title || '(không rõ nhiệm vụ)'),
    role: task?.role ?? null,
    place: row.place,
    oldPercent: latest?.percent ?? null,
    newPercent: null,
    reportedOn: null,
    achieved: row.achieved,
    difficulties: row.difficulties,
    proposals: row.proposals,
    completedOn: row.completedOn.value,
    problems,
    acceptable: false,
    suggested: false,
  };

  if (row.key.trim() === '')
    problems.push(error('Dòng không có mã nhiệm vụ: không biết báo cáo cho nhiệm vụ nào.'));
  else if (taskId !== null && task === undefined)
    // The check letters match: the key came from this very request, so its task was deleted since.
    problems.push(error('Nhiệm vụ này không còn trong kế hoạch: đã bị xóa sau khi gửi biểu mẫu.'));
  else if (task === undefined)
    problems.push(
      error(
        `Mã nhiệm vụ “${row.key.trim()}” không có trong đề nghị này (mã bị sửa, hoặc dòng chép từ biểu mẫu khác).`,
      ),
    );
  else if (task.current === null)
    problems.push(error('Nhiệm vụ này đã bị xóa khỏi kế hoạch sau khi gửi biểu mẫu.'));
  else if ((placesOf.get(task.taskId) ?? []).length > 1)
    // Which of the two is right cannot be told: both are held back.
    problems.push(
      error(
        `Nhiệm vụ được báo cáo hai lần trong cùng tệp (${placesOf.get(task.taskId)!.join(', ')}): hãy giữ một dòng.`,
      ),
    );

  for (const cell of [row.percent, row.reportedOn, row.completedOn])
    if (cell.problem !== null) problems.push(error(cell.problem));

  let percent = row.percent.value;
  if (percent !== null) {
    if (!Number.isInteger(percent)) problems.push(error(`Tỷ lệ hoàn thành ${percent}% phải là số nguyên.`));
    else if (percent > 100) problems.push(error(`Tỷ lệ hoàn thành ${percent}% vượt quá 100%.`));
    else if (percent < 0) problems.push(error(`Tỷ lệ hoàn thành ${percent}% nhỏ hơn 0.`));
  }
  const completedOn = row.completedOn.value;
  if (completedOn !== null) {
    checkDate('Ngày hoàn thành', completedOn, env, context, problems);
    if (percent !== null && percent < 100)
      problems.push(
        error(
          `Đã ghi ngày hoàn thành ${show(completedOn)} nhưng tỷ lệ hoàn thành chỉ ${percent}%: hãy sửa một trong hai.`,
        ),
      );
    percent ??= 100;
  }
  if (row.reportedOn.value !== null) checkDate('Ngày báo cáo', row.reportedOn.value, env, context, problems);
  if (percent === null && row.percent.problem === null) {
    if (latest) {
      percent = latest.percent;
      problems.push(warning(`Không ghi tỷ lệ hoàn thành: giữ ${latest.percent}% đã ghi nhận.`));
    } else problems.push(error('Chưa ghi tỷ lệ hoàn thành (%).'));
  }
  if (percent !== null && latest && percent < latest.percent && Number.isInteger(percent) && percent >= 0)
    problems.push(
      warning(
        `Tỷ lệ ${percent}% thấp hơn lần ghi nhận trước (${latest.percent}% ngày ${show(latest.reportedOn)}).`,
      ),
    );
  if (task?.current) {
    const change = describeChange(task);
    if (change !== null) problems.push(warning(`Nhiệm vụ đã thay đổi sau khi gửi biểu mẫu: ${change}.`));
  }

  const reportedOn = completedOn ?? row.reportedOn.value ?? context.asOf;
  base.newPercent =
    percent !== null && Number.isInteger(percent) && percent >= 0 && percent <= 100 ? percent : null;
  base.reportedOn = reportedOn;
  let update: RowUpdate | null = null;
  if (task?.current && base.newPercent !== null && !problems.some((p) => p.level === 'error')) {
    update = {
      taskId: task.taskId,
      reportedOn,
      percent: base.newPercent,
      achieved: row.achieved.trim() === '' ? null : row.achieved.trim(),
      difficulties: joinDifficulties(row.difficulties, row.proposals),
    };
    if (context.stored.has(updateSignature(update))) {
      problems.push(error('Đã ghi nhận từ trước (cùng ngày, cùng nội dung): không ghi lại.'));
      update = null;
    }
  }
  base.acceptable = update !== null;
  base.suggested = base.acceptable && problems.length === 0;
  return { preview: base, update };
}

function fileProblem(
  form: Extract<ReturnedForm, { kind: 'form' }>,
  context: RequestContext | null,
  env: CheckEnvironment,
): string | null {
  const { requestToken, planCode, unitName } = form.identity;
  if (requestToken === null)
    return 'Không tìm thấy mã đề nghị trong tệp: đây không phải biểu mẫu báo cáo tiến độ do ứng dụng gửi, hoặc phần thông tin biểu mẫu đã bị xóa.';
  if (context === null) {
    if (planCode !== null && planCode.trim() !== env.planCode)
      return `Biểu mẫu thuộc Kế hoạch số ${planCode.trim()}, không phải kế hoạch đang mở (số ${env.planCode}).`;
    return `Không tìm thấy đề nghị báo cáo mà biểu mẫu trả lời (mã ${requestToken}): đề nghị đã bị xóa, hoặc biểu mẫu được gửi từ máy khác.`;
  }
  if (context.planId !== env.planId)
    return `Biểu mẫu thuộc Kế hoạch số ${context.planCode}, không phải kế hoạch đang mở (số ${env.planCode}).`;
  const named = unitName === null || unitName.trim() === '' ? null : unitKey(unitName);
  if (named !== null && named !== unitKey(context.unitName) && named !== unitKey(context.unitFullName))
    return `Biểu mẫu ghi đơn vị “${(unitName ?? '').trim()}” nhưng đề nghị này gửi cho “${context.unitName}”: có thể đã chép nhầm biểu mẫu của đơn vị khác.`;
  return null;
}

/** Two units (or two files) reporting one task differently: each row says so, and none is ticked at first. */
function flagConflicts(files: CheckedFile[]): void {
  const byTask = new Map<number, { file: CheckedFile; row: PreviewRow }[]>();
  for (const file of files)
    for (const row of file.rows)
      if (row.acceptable && row.taskId !== null) {
        const list = byTask.get(row.taskId) ?? [];
        list.push({ file, row });
        byTask.set(row.taskId, list);
      }
  for (const reports of byTask.values()) {
    if (reports.length < 2) continue;
    // The same answer twice (the Excel and the Word form of one unit, both filled): written once.
    const seen = new Map<string, CheckedFile>();
    for (const { file, row } of reports) {
      const update = file.updates.get(row.key);
      const signature = update ? updateSignature(update) : null;
      const first = signature === null ? undefined : seen.get(signature);
      if (first === undefined) {
        if (signature !== null) seen.set(signature, file);
        continue;
      }
      row.problems.push(error(`Trùng với nội dung của tệp “${first.fileName}”: chỉ ghi một lần.`));
      row.acceptable = false;
      row.suggested = false;
      file.updates.delete(row.key);
    }
    for (const { row } of reports) {
      if (!row.acceptable) continue;
      const others = reports.filter(
        (o) =>
          o.row !== row &&
          o.row.acceptable &&
          (o.row.newPercent !== row.newPercent || o.row.completedOn !== row.completedOn),
      );
      if (others.length === 0) continue;
      const named = others
        .map((o) => `${o.file.unitName ?? o.file.fileName}: ${o.row.newPercent ?? '?'}%`)
        .join('; ');
      row.problems.push(warning(`Nhiệm vụ được báo cáo khác nhau (${named}).`));
      row.suggested = false;
    }
  }
}

export function checkReturnedForms(forms: readonly ReturnedForm[], env: CheckEnvironment): CheckedFile[] {
  const firstBySha = new Map<string, string>();
  const files = forms.map((form): CheckedFile => {
    const result: CheckedFile = {
      fileName: form.fileName,
      sha256: form.sha256,
      requestId: null,
      unitName: null,
      asOf: null,
      problems: [],
      alreadyImported: false,
      rows: [],
      updates: new Map(),
      context: null,
    };
    const twin = firstBySha.get(form.sha256);
    if (twin !== undefined) {
      result.problems.push(error(`Cùng nội dung với tệp “${twin}” đã chọn: chỉ đọc một lần.`));
      return result;
    }
    firstBySha.set(form.sha256, form.fileName);
    if (form.kind === 'refused') {
      result.problems.push(error(form.reason));
      return result;
    }
    const context = form.identity.requestToken === null ? null : env.requestOf(form.identity.requestToken);
    const problem = fileProblem(form, context, env);
    if (problem !== null || context === null) {
      result.problems.push(error(problem ?? 'Biểu mẫu không đọc được.'));
      return result;
    }
    Object.assign(result, {
      requestId: context.requestId,
      unitName: context.unitName,
      asOf: context.asOf,
      context,
    });
    const imported = env.importedOn(form.sha256);
    if (imported !== null) {
      result.alreadyImported = true;
      result.problems.push(error(`Tệp này đã được nhập ngày ${show(imported)}: không có gì thay đổi.`));
      return result;
    }
    const filled = form.rows.filter(isFilled);
    if (filled.length === 0) {
      result.problems.push(error('Biểu mẫu trống: đơn vị chưa điền tiến độ cho nhiệm vụ nào.'));
      return result;
    }
    const placesOf = new Map<number, string[]>();
    for (const row of filled) {
      const id = taskIdOfKey(context.token, row.key);
      if (id !== null) placesOf.set(id, [...(placesOf.get(id) ?? []), row.place]);
    }
    const updates = new Map<string, RowUpdate>();
    for (const row of filled) {
      const { preview, update } = checkRow(row, context, env, placesOf);
      result.rows.push(preview);
      if (update) updates.set(preview.key, update);
    }
    result.updates = updates;
    if (
      updates.size === 0 &&
      result.rows.every((r) => r.problems.some((p) => p.message.startsWith('Đã ghi nhận')))
    )
      result.alreadyImported = true;
    return result;
  });
  flagConflicts(files);
  return files;
}
