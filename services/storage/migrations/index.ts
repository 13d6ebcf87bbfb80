/**
 * Forward-only schema migrations, numbered and recorded in `schema_migrations`.
 * A migration is never edited once released: a change to the schema is a new entry at the end.
 */
import type Database from 'better-sqlite3';
import { m001InitialSchema } from './001-initial-schema';
import { m002Editing } from './002-editing';
import { m003TaskUnitsByTask } from './003-task-units-by-task';
import { m004BaselinesAndRevisions } from './004-baselines-and-revisions';
import { m005DocumentRegister } from './005-document-register';
import { m006ProgressRequests } from './006-progress-requests';
import { m007ProgressReportersAndReview } from './007-progress-reporters-and-review';
import { m008CoLeadUnits } from './008-co-lead-units';
import { m009PlanAmendments } from './009-plan-amendments';

export type Migration = {
  version: number;
  name: string;
  sql: string;
  /** Rewrites existing rows after `sql`, in the same transaction (when the data needs code, not SQL). */
  migrateData?: (db: Database.Database) => void;
};

export const MIGRATIONS: readonly Migration[] = [
  m001InitialSchema,
  m002Editing,
  m003TaskUnitsByTask,
  m004BaselinesAndRevisions,
  m005DocumentRegister,
  m006ProgressRequests,
  m007ProgressReportersAndReview,
  m008CoLeadUnits,
  m009PlanAmendments,
];
