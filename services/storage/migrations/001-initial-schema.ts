import type { Migration } from './index';

export const m001InitialSchema: Migration = {
  version: 1,
  name: 'initial-schema',
  sql: `
CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  document_type TEXT NOT NULL,
  title TEXT NOT NULL,
  issuing_body TEXT,
  place TEXT,
  issued_on TEXT,
  source_name TEXT NOT NULL,
  source_text TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  full_name TEXT NOT NULL,
  agency TEXT,
  color TEXT NOT NULL,
  is_collective INTEGER NOT NULL DEFAULT 0 CHECK (is_collective IN (0, 1)),
  -- Spelling-insensitive identity ("Toà"/"Tòa", case, spaces): one unit however it is written.
  name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
  wbs TEXT NOT NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('task', 'milestone', 'meeting')),
  start_on TEXT,
  deadline_on TEXT,
  deadline_text TEXT,
  deadline_precision TEXT CHECK (deadline_precision IN ('day', 'month', 'quarter', 'half-year', 'year')),
  recurrence TEXT,
  deliverable TEXT,
  notes TEXT,
  sort_order INTEGER NOT NULL,
  source_line INTEGER,
  UNIQUE (plan_id, wbs)
);
CREATE INDEX tasks_by_plan ON tasks(plan_id, sort_order);

-- Progress is a history: the current progress of a task is its latest update.
CREATE TABLE progress_updates (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  reported_on TEXT NOT NULL,
  percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
  achieved TEXT,
  difficulties TEXT,
  entered_by TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX progress_updates_by_task ON progress_updates(task_id, reported_on, id);

CREATE TABLE task_units (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  PRIMARY KEY (task_id, unit_id)
);
-- At most one lead unit (Chủ trì) per task.
CREATE UNIQUE INDEX task_units_one_lead ON task_units(task_id) WHERE role = 'lead';
CREATE INDEX task_units_by_unit ON task_units(unit_id);

CREATE TABLE dependencies (
  predecessor_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  successor_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  lag_days INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (predecessor_id, successor_id),
  CHECK (predecessor_id <> successor_id)
);

-- Small key/value settings: report letterhead, whether the default plan was already loaded …
CREATE TABLE app_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE import_warnings (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
  wbs TEXT,
  line INTEGER NOT NULL,
  message TEXT NOT NULL
);
`,
};
