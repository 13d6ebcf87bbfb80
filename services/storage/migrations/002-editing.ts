import type { Migration } from './index';

/**
 * Editing: occurrences of recurring duties marked done one by one, steering-committee meetings with
 * their agenda and conclusions, and the undo/redo log (written by triggers, see services/editing/undo-log.ts).
 */
export const m002Editing: Migration = {
  version: 2,
  name: 'editing',
  sql: `
-- One row per occurrence of a recurring duty that was done; the occurrence is named by its due day.
CREATE TABLE occurrence_completions (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  due_on TEXT NOT NULL,
  done_on TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (task_id, due_on)
);

CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  held_on TEXT NOT NULL,
  place TEXT,
  chair TEXT
);
CREATE INDEX meetings_by_plan ON meetings(plan_id, held_on);

-- Agenda items and conclusions of a meeting, each optionally about (or creating) a task.
CREATE TABLE meeting_items (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('agenda', 'conclusion')),
  text TEXT NOT NULL,
  task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
  sort_order INTEGER NOT NULL
);
CREATE INDEX meeting_items_by_meeting ON meeting_items(meeting_id, kind, sort_order);

-- The undo/redo log: inverse SQL of each change, grouped in steps. Lives in the file, so it survives a restart.
CREATE TABLE undo_steps (
  step INTEGER PRIMARY KEY,
  stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
  label TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE undo_log (
  seq INTEGER PRIMARY KEY,
  step INTEGER NOT NULL REFERENCES undo_steps(step) ON DELETE CASCADE,
  sql TEXT NOT NULL
);
CREATE INDEX undo_log_by_step ON undo_log(step, seq);
-- Holds one row only while an edit is being recorded (inside its transaction): the triggers log into that step.
CREATE TABLE undo_recording (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  step INTEGER NOT NULL
);
`,
};
