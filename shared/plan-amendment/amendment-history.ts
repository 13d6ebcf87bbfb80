/**
 * What the newer versions of a plan changed in one task, as recorded when they were applied: the
 * amending document, and each field's wording before and after (the plan's wording is never lost).
 */
import { z } from 'zod';
import { idSchema } from '../model/schemas';
import { CHANGE_FIELDS } from './plan-diff';

export const AMENDMENT_FIELDS = ['added', 'removed', ...CHANGE_FIELDS] as const;

export const taskAmendmentSchema = z.strictObject({
  id: idSchema,
  /** "Kế hoạch số 30/KH-TANDTC ngày 20/06/2024", or the file's name when the document had no number. */
  document: z.string(),
  appliedAt: z.string(),
  field: z.enum(AMENDMENT_FIELDS),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type TaskAmendment = z.infer<typeof taskAmendmentSchema>;

export const AMENDMENT_FIELD_LABELS: Record<TaskAmendment['field'], string> = {
  added: 'Bổ sung vào kế hoạch',
  removed: 'Bỏ khỏi kế hoạch',
  restored: 'Đưa trở lại kế hoạch',
  title: 'Tên nhiệm vụ',
  deadline: 'Thời hạn',
  lead: 'Đơn vị chủ trì',
  support: 'Đơn vị phối hợp',
  deliverable: 'Sản phẩm',
  wbs: 'Số thứ tự',
};
