-- index meeting_items_by_meeting
CREATE INDEX meeting_items_by_meeting ON meeting_items(meeting_id, kind, sort_order);

-- index meetings_by_plan
CREATE INDEX meetings_by_plan ON meetings(plan_id, held_on);

-- index progress_request_tasks_by_task
CREATE INDEX progress_request_tasks_by_task ON progress_request_tasks(task_id);

-- index progress_requests_by_plan
CREATE INDEX progress_requests_by_plan ON progress_requests(plan_id, sent_on);

-- index progress_requests_by_unit
CREATE INDEX progress_requests_by_unit ON progress_requests(unit_id);

-- index progress_returns_by_file
CREATE INDEX progress_returns_by_file ON progress_returns(file_sha256);

-- index progress_returns_by_request
CREATE INDEX progress_returns_by_request ON progress_returns(request_id);

-- index progress_updates_by_return
CREATE INDEX progress_updates_by_return ON progress_updates(source_return_id);

-- index progress_updates_by_task
CREATE INDEX progress_updates_by_task ON progress_updates(task_id, reported_on, id);

-- index task_units_by_task
CREATE INDEX task_units_by_task ON task_units(task_id, role, unit_id);

-- index task_units_by_unit
CREATE INDEX task_units_by_unit ON task_units(unit_id);

-- index task_units_one_lead
CREATE UNIQUE INDEX task_units_one_lead ON task_units(task_id) WHERE role = 'lead';

-- index tasks_by_plan
CREATE INDEX tasks_by_plan ON tasks(plan_id, sort_order);

-- index undo_log_by_step
CREATE INDEX undo_log_by_step ON undo_log(step, seq);

-- table app_settings
CREATE TABLE app_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- table dependencies
CREATE TABLE dependencies (
  predecessor_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  successor_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  lag_days INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (predecessor_id, successor_id),
  CHECK (predecessor_id <> successor_id)
);

-- table import_warnings
CREATE TABLE import_warnings (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
  wbs TEXT,
  line INTEGER NOT NULL,
  message TEXT NOT NULL
);

-- table meeting_items
CREATE TABLE meeting_items (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('agenda', 'conclusion')),
  text TEXT NOT NULL,
  task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
  sort_order INTEGER NOT NULL
);

-- table meetings
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  held_on TEXT NOT NULL,
  place TEXT,
  chair TEXT
);

-- table occurrence_completions
CREATE TABLE occurrence_completions (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  due_on TEXT NOT NULL,
  done_on TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (task_id, due_on)
);

-- table plans
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

-- table progress_request_tasks
CREATE TABLE progress_request_tasks (
  request_id INTEGER NOT NULL REFERENCES progress_requests(id) ON DELETE CASCADE,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  title TEXT NOT NULL,
  deadline_on TEXT,
  deadline_text TEXT,
  percent INTEGER,
  PRIMARY KEY (request_id, task_id)
);

-- table progress_requests
CREATE TABLE progress_requests (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
  -- Random, carried inside the form: identifies the request whatever the unit does to the file.
  token TEXT NOT NULL UNIQUE,
  as_of TEXT NOT NULL,
  period_label TEXT,
  sent_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  document_number TEXT,
  created_at TEXT NOT NULL
);

-- table progress_returns
CREATE TABLE progress_returns (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES progress_requests(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  received_on TEXT NOT NULL,
  accepted_count INTEGER NOT NULL,
  -- JSON: [{ "wbs": …, "title": …, "reason": … }] for the rows the user did not accept.
  rejected TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- table progress_updates
CREATE TABLE progress_updates (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  reported_on TEXT NOT NULL,
  percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
  achieved TEXT,
  difficulties TEXT,
  entered_by TEXT,
  created_at TEXT NOT NULL
, source_return_id INTEGER REFERENCES progress_returns(id) ON DELETE SET NULL);

-- table schema_migrations
CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  );

-- table task_units
CREATE TABLE task_units (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  PRIMARY KEY (task_id, unit_id)
);

-- table tasks
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

-- table undo_log
CREATE TABLE undo_log (
  seq INTEGER PRIMARY KEY,
  step INTEGER NOT NULL REFERENCES undo_steps(step) ON DELETE CASCADE,
  sql TEXT NOT NULL
);

-- table undo_recording
CREATE TABLE undo_recording (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  step INTEGER NOT NULL
);

-- table undo_steps
CREATE TABLE undo_steps (
  step INTEGER PRIMARY KEY,
  stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
  label TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- table units
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
