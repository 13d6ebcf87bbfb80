import type { Migration } from './index';

/**
 * A newer version of a plan (the same number again, or a "sửa đổi, bổ sung" document) is applied to
 * the plan in place, so that its tasks keep their progress, meetings and links. The amending document
 * is kept (number, date, text), each change it made to a task is a row with the wording before and
 * after (the plan's own wording is never overwritten without a trace), and a task the new version no
 * longer has is kept, marked as removed from the plan on the amendment's date, never deleted.
 */
export const m009PlanAmendments: Migration = {
  version: 9,
  name: 'plan-amendments',
  sql: `
CREATE TABLE plan_amendments (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  -- The amending document as read: its own number, type, title and date (the plan keeps its own).
  code TEXT,
  document_type TEXT,
  title TEXT,
  issued_on TEXT,
  source_name TEXT NOT NULL,
  source_text TEXT NOT NULL,
  applied_at TEXT NOT NULL
);
CREATE INDEX plan_amendments_by_plan ON plan_amendments(plan_id, id);

CREATE TABLE task_amendment_changes (
  id INTEGER PRIMARY KEY,
  amendment_id INTEGER NOT NULL REFERENCES plan_amendments(id) ON DELETE CASCADE,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  field TEXT NOT NULL CHECK (field IN ('added', 'removed', 'restored', 'title', 'deadline', 'lead', 'support', 'deliverable', 'wbs')),
  -- As the plan wrote it before the amendment, and as the amendment writes it (units by name).
  before TEXT,
  after TEXT
);
CREATE INDEX task_amendment_changes_by_task ON task_amendment_changes(task_id, id);
CREATE INDEX task_amendment_changes_by_amendment ON task_amendment_changes(amendment_id);

-- The day the plan dropped the task (the amending document's date): kept with its history, not counted.
ALTER TABLE tasks ADD COLUMN removed_on TEXT;
`,
};
