-- index meeting_items_by_meeting
CREATE INDEX meeting_items_by_meeting ON meeting_items(meeting_id, kind, sort_order);

-- index meeting_participants_by_unit
CREATE INDEX meeting_participants_by_unit ON meeting_participants(unit_id);

-- index meeting_postponements_by_meeting
CREATE INDEX meeting_postponements_by_meeting ON meeting_postponements(meeting_id, id);

-- index meetings_by_plan
CREATE INDEX meetings_by_plan ON meetings(plan_id, held_on);

-- index plan_amendments_by_plan
CREATE INDEX plan_amendments_by_plan ON plan_amendments(plan_id, id);

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

-- index task_amendment_changes_by_amendment
CREATE INDEX task_amendment_changes_by_amendment ON task_amendment_changes(amendment_id);

-- index task_amendment_changes_by_task
CREATE INDEX task_amendment_changes_by_task ON task_amendment_changes(task_id, id);

-- index task_revisions_by_meeting_item
CREATE INDEX task_revisions_by_meeting_item ON task_revisions(meeting_item_id) WHERE meeting_item_id IS NOT NULL;

-- index task_revisions_by_task
CREATE INDEX task_revisions_by_task ON task_revisions(task_id, id);

-- index task_units_by_task
CREATE INDEX task_units_by_task ON task_units(task_id, role, unit_id);

-- index task_units_by_unit
CREATE INDEX task_units_by_unit ON task_units(unit_id);

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

-- table document_register
CREATE TABLE document_register (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL CHECK (seq > 0),
  -- As printed after the number ("BC-TGV"), kept as issued even if the settings change later.
  symbol TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  subject TEXT NOT NULL,
  file_name TEXT NOT NULL DEFAULT '',
  plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  UNIQUE (kind, year, seq)
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
, follow_up_task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL);

-- table meeting_participants
CREATE TABLE meeting_participants (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  PRIMARY KEY (meeting_id, unit_id)
);

-- table meeting_postponements
CREATE TABLE meeting_postponements (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  reason TEXT,
  created_at TEXT NOT NULL
);

-- table meetings
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  held_on TEXT NOT NULL,
  place TEXT,
  chair TEXT
, starts_at TEXT CHECK (starts_at IS NULL OR starts_at GLOB '[0-2][0-9]:[0-5][0-9]'));

-- table occurrence_completions
CREATE TABLE occurrence_completions (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  due_on TEXT NOT NULL,
  done_on TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (task_id, due_on)
);

-- table plan_amendments
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
, source_return_id INTEGER REFERENCES progress_returns(id) ON DELETE SET NULL, reported_by_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL, reported_by_person TEXT, proposals TEXT, completed_on TEXT);

-- table review_dismissals
CREATE TABLE review_dismissals (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  problem TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (task_id, problem)
);

-- table schema_migrations
CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  );

-- table task_amendment_changes
CREATE TABLE task_amendment_changes (
  id INTEGER PRIMARY KEY,
  amendment_id INTEGER NOT NULL REFERENCES plan_amendments(id) ON DELETE CASCADE,
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  field TEXT NOT NULL CHECK (field IN ('added', 'removed', 'restored', 'title', 'deadline', 'lead', 'support', 'deliverable', 'wbs')),
  -- As the plan wrote it before the amendment, and as the amendment writes it (units by name).
  before TEXT,
  after TEXT
);

-- table task_revisions
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
  source_line INTEGER, baseline_start_on TEXT, baseline_deadline_on TEXT, baseline_precision TEXT
  CHECK (baseline_precision IN ('day', 'month', 'quarter', 'half-year', 'year')), removed_on TEXT,
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
