import { recoverBaselines } from './004-recover-baselines';
import type { Migration } from './index';

/**
 * Deadlines as the plan wrote them and as revised: the tasks keep their baseline (the document's
 * wording, the last allowed day read from it, and the start it had) beside their current dates, and
 * every change of dates is a row of `task_revisions` with its reason and, optionally, the decision
 * (a meeting conclusion or a document reference). `start_on`/`deadline_on` stay the current dates
 * (the latest revision's, else the baseline's) so every reader of a task's dates judges against them.
 */
export const m004BaselinesAndRevisions: Migration = {
  version: 4,
  name: 'baselines-and-revisions',
  sql: `
ALTER TABLE tasks ADD COLUMN baseline_start_on TEXT;
ALTER TABLE tasks ADD COLUMN baseline_deadline_on TEXT;
ALTER TABLE tasks ADD COLUMN baseline_precision TEXT
  CHECK (baseline_precision IN ('day', 'month', 'quarter', 'half-year', 'year'));

CREATE TABLE task_revisions (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  -- The dates this revision sets, and those it replaced (kept for the history as shown then).
  start_on TEXT,
  deadline_on TEXT,
  previous_start_on TEXT,
  previous_deadline_on TEXT,
  decided_on TEXT NOT NULL,
  -- 'decided': with a reason; 'quick': a quick correction ("Bỏ qua"); 'inferred': a change made before
  -- revisions were recorded, found when the database was upgraded.
  kind TEXT NOT NULL CHECK (kind IN ('decided', 'quick', 'inferred')),
  reason TEXT,
  meeting_item_id INTEGER REFERENCES meeting_items(id) ON DELETE SET NULL,
  decision_ref TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX task_revisions_by_task ON task_revisions(task_id, id);
CREATE INDEX task_revisions_by_meeting_item ON task_revisions(meeting_item_id) WHERE meeting_item_id IS NOT NULL;

-- Meetings: the time of day, the units taking part, and postponements (the date moved, the reason kept).
ALTER TABLE meetings ADD COLUMN starts_at TEXT CHECK (starts_at IS NULL OR starts_at GLOB '[0-2][0-9]:[0-5][0-9]');
CREATE TABLE meeting_participants (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  PRIMARY KEY (meeting_id, unit_id)
);
CREATE INDEX meeting_participants_by_unit ON meeting_participants(unit_id);
-- The task a conclusion created (task_id stays the task an item is about).
ALTER TABLE meeting_items ADD COLUMN follow_up_task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL;
CREATE TABLE meeting_postponements (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  reason TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX meeting_postponements_by_meeting ON meeting_postponements(meeting_id, id);
`,
  migrateData: recoverBaselines,
};
