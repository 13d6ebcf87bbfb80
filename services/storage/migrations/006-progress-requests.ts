import type { Migration } from './index';

/**
 * Asking units for progress and reading their answers: one request per unit (the letter and the
 * form it was sent), the tasks it listed as they were when sent (to tell a task changed since),
 * each returned file that was accepted, and which returned file a progress update came from.
 */
export const m006ProgressRequests: Migration = {
  version: 6,
  name: 'progress-requests',
  sql: `
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
CREATE INDEX progress_requests_by_plan ON progress_requests(plan_id, sent_on);
CREATE INDEX progress_requests_by_unit ON progress_requests(unit_id);

-- The tasks a request listed, as they read when it was sent.
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
CREATE INDEX progress_request_tasks_by_task ON progress_request_tasks(task_id);

-- A returned form that was imported: when, which file (by content), what was accepted and refused.
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
CREATE INDEX progress_returns_by_request ON progress_returns(request_id);
CREATE INDEX progress_returns_by_file ON progress_returns(file_sha256);

-- Where an update came from: a returned form (NULL: typed in the window or imported with a plan).
ALTER TABLE progress_updates ADD COLUMN source_return_id INTEGER REFERENCES progress_returns(id) ON DELETE SET NULL;
CREATE INDEX progress_updates_by_return ON progress_updates(source_return_id);
`,
};
