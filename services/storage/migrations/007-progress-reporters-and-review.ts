import type { Migration } from './index';

/**
 * A progress report says who reported it (a unit of the registry and/or a person), what they propose,
 * and, when the task is finished, the day it actually was (which may be before the day of the report).
 * A "Cần bổ sung" problem a user has looked at and chose to keep is remembered with the reason,
 * keyed by the task and the kind of problem, so it reappears if the problem changes kind.
 */
export const m007ProgressReportersAndReview: Migration = {
  version: 7,
  name: 'progress-reporters-and-review',
  sql: `
ALTER TABLE progress_updates ADD COLUMN reported_by_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL;
ALTER TABLE progress_updates ADD COLUMN reported_by_person TEXT;
ALTER TABLE progress_updates ADD COLUMN proposals TEXT;
ALTER TABLE progress_updates ADD COLUMN completed_on TEXT;

CREATE TABLE review_dismissals (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  problem TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (task_id, problem)
);
`,
};
