/** The rules a task must meet before it is written; each broken rule is one Vietnamese sentence. */
import { UserError } from '../../shared/api/user-error';
import { parseDeadline } from '../../shared/deadline/parse-deadline';
import type { TaskFields } from '../../shared/editing/editing-schemas';
import type { DeadlinePrecision, Recurrence } from '../../shared/model/schemas';
import { formatDisplayDate as formatDateVi } from '../../shared/dates/vietnamese-date';
import type { Db } from '../storage/database';

export type CheckedTaskFields = Omit<TaskFields, 'supportUnitIds' | 'coLeadUnitIds'> & {
  coLeadUnitIds: number[];
  supportUnitIds: number[];
  deadlinePrecision: DeadlinePrecision | null;
  /** The last day the wording means (else the date given), and its precision: the plan's own deadline. */
  baselineDeadline: string | null;
  baselinePrecision: DeadlinePrecision | null;
  recurrence: Recurrence | null;
};

export function checkTaskFields(db: Db, fields: TaskFields, signedOn: string | null): CheckedTaskFields {
  let { deadline, recurrence } = fields;
  const wording = fields.deadlineText && fields.deadlineText !== '' ? fields.deadlineText : null;
  let precision: DeadlinePrecision | null = deadline ? 'day' : null;
  let baselineDeadline = deadline;
  let baselinePrecision: DeadlinePrecision | null = precision;
  if (wording) {
    const understood = parseDeadline(wording, { signedOn });
    // The wording decides when no date was given; a date other than the one it means is a revision.
    if (understood.ok) {
      if (deadline === null && recurrence === null) {
        deadline = understood.deadline;
        recurrence = understood.recurrence;
      }
      if (understood.deadline === deadline) precision = understood.precision;
      if (understood.deadline !== null) {
        baselineDeadline = understood.deadline;
        baselinePrecision = understood.precision;
      }
    }
  }
  if (fields.start && deadline && deadline < fields.start) {
    throw new UserError(
      `Thời hạn hoàn thành (${formatDateVi(deadline)}) không thể trước ngày bắt đầu (${formatDateVi(fields.start)}).`,
    );
  }
  const supports = [...new Set(fields.supportUnitIds)];
  const coLeads = [...new Set(fields.coLeadUnitIds)].filter((id) => id !== fields.leadUnitId);
  if (fields.leadUnitId === null && coLeads.length > 0) {
    throw new UserError('Hãy chọn đơn vị chủ trì trước khi ghi đơn vị đồng chủ trì.');
  }
  const leads = fields.leadUnitId === null ? [] : [fields.leadUnitId, ...coLeads];
  if (leads.some((id) => supports.includes(id))) {
    throw new UserError('Một đơn vị không thể vừa chủ trì vừa phối hợp trong cùng một nhiệm vụ.');
  }
  const unitExists = db.prepare('SELECT name FROM units WHERE id = ?').pluck();
  for (const unitId of [...leads, ...supports]) {
    if (unitExists.get(unitId) === undefined) {
      throw new UserError(`Không tìm thấy đơn vị (mã ${unitId}) trong danh mục đơn vị.`, 'not-found');
    }
  }
  return {
    ...fields,
    deadline,
    deadlineText: wording,
    recurrence,
    deadlinePrecision: precision,
    baselineDeadline,
    baselinePrecision,
    coLeadUnitIds: coLeads,
    supportUnitIds: supports,
  };
}
