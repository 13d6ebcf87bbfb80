/** A real app on a temporary file (Kế hoạch 76 loaded), with helpers to call the API and dump every table. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openAppServices, type AppServices } from '../../services/app-services';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { Db } from '../../services/storage/database';

export type EditingApp = {
  services: AppServices;
  file: string;
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  /** The refusal message; throws when the call was accepted. */
  refuse(method: ApiMethod, input: unknown): Promise<string>;
  reopen(): void;
  close(): void;
};

export function openEditingApp(): EditingApp {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-editing-'));
  const file = path.join(dir, 'ke-hoach.sqlite');
  const open = () => openAppServices({ databasePath: file, backupIntervalMs: 3_600_000 });
  let services = open();
  const app: EditingApp = {
    get services() {
      return services;
    },
    file,
    async call(method, input) {
      const reply = await services.dispatch(method, input);
      if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
      return reply.value as never;
    },
    async refuse(method, input) {
      const reply = await services.dispatch(method, input);
      if (reply.ok) throw new Error(`${method} was accepted: ${JSON.stringify(reply.value)}`);
      return reply.error.message;
    },
    reopen() {
      services.close();
      services = open();
    },
    close() {
      services.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return app;
}

/** Every row of every data table (the undo log itself aside), rowids included. */
export function dumpTables(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'undo_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT rowid AS _rowid, * FROM "${t}" ORDER BY rowid`).all()]),
  );
}

export const blankFields = {
  title: 'Nhiệm vụ mới',
  kind: 'task' as const,
  start: null,
  deadline: null,
  deadlineText: null,
  recurrence: null,
  deliverable: null,
  notes: null,
  leadUnitId: null,
  coLeadUnitIds: [],
  supportUnitIds: [],
};

/** A task's own dates and wording, for an edit of its other fields (the plan's wording cannot change). */
export const datesOf = (task: {
  start: string | null;
  deadline: string | null;
  deadlineText: string | null;
}) => ({
  start: task.start,
  deadline: task.deadline,
  deadlineText: task.deadlineText,
});

export type Kh76Session = {
  readonly app: EditingApp;
  readonly planId: number;
  /** The plan as of `asOf`, as last read by refresh(). */
  readonly view: ApiOutput<'getPlanView'>;
  taskId(wbs: string): number;
  refresh(): Promise<void>;
};

/** Opens a fresh app with Kế hoạch 76 before each test of the calling file, and closes it after. */
export function useKh76Session(asOf: string): Kh76Session {
  let app: EditingApp | undefined;
  let planId = 0;
  let view: ApiOutput<'getPlanView'> | undefined;
  const session: Kh76Session = {
    get app() {
      if (!app) throw new Error('no app outside a test');
      return app;
    },
    get planId() {
      return planId;
    },
    get view() {
      if (!view) throw new Error('no plan view outside a test');
      return view;
    },
    taskId(wbs) {
      const t = session.view.tasks.find((x) => x.wbs === wbs);
      if (!t) throw new Error(`no task ${wbs}`);
      return t.id;
    },
    async refresh() {
      view = await session.app.call('getPlanView', { planId, asOf });
    },
  };
  beforeEach(async () => {
    app = openEditingApp();
    planId = (await app.call('listPlans', {}))[0]!.id;
    await session.refresh();
  });
  afterEach(() => app?.close());
  return session;
}
