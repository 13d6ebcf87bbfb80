/**
 * Migration 008's data step: before co-leads existed, an import kept the first of several lead units
 * and stored the others as supporting units, leaving a warning that names them all ("Mục 2.b ghi
 * nhiều đơn vị chủ trì (Vụ A; Cục B): giữ “Vụ A” làm đơn vị chủ trì, …"). Those units become leads
 * again, in the order written, and the warning goes once every one of them is a lead. A name that no
 * longer matches a supporting unit of the task (the user changed its units since) is left as it is,
 * and so is the warning, so nothing is decided by guess.
 */
import type Database from 'better-sqlite3';
import { unitKey } from '../../../shared/units/unit-name';

const DEMOTION =
  /^Mục .+? ghi nhiều đơn vị chủ trì \((.+)\): giữ “.+” làm đơn vị chủ trì, các đơn vị còn lại được ghi là đơn vị phối hợp\.$/u;

type WarningRow = { id: number; taskId: number; message: string };
type SupportRow = { rowid: number; unitId: number; name: string; fullName: string; nameKey: string };

export function recoverCoLeads(db: Database.Database): void {
  const warnings = db
    .prepare(
      `SELECT id, task_id AS taskId, message FROM import_warnings
        WHERE task_id IS NOT NULL AND message LIKE '%ghi nhiều đơn vị chủ trì%' ORDER BY id`,
    )
    .all() as WarningRow[];
  if (warnings.length === 0) return;
  const supportsOf = db.prepare(
    `SELECT l.rowid, l.unit_id AS unitId, u.name, u.full_name AS fullName, u.name_key AS nameKey
       FROM task_units l JOIN units u ON u.id = l.unit_id
      WHERE l.task_id = ? AND l.role = 'support' ORDER BY l.rowid`,
  );
  // A lead link is written anew, after the task's existing lead, so that the order read back
  // (rowid) is the order the document named them in.
  const drop = db.prepare('DELETE FROM task_units WHERE rowid = ?');
  const addLead = db.prepare("INSERT INTO task_units (task_id, unit_id, role) VALUES (?, ?, 'lead')");
  const dropWarning = db.prepare('DELETE FROM import_warnings WHERE id = ?');

  for (const warning of warnings) {
    const named = DEMOTION.exec(warning.message)?.[1];
    if (named === undefined) continue;
    const coLeads = named.split('; ').slice(1);
    const supports = supportsOf.all(warning.taskId) as SupportRow[];
    let recovered = 0;
    for (const name of coLeads) {
      const key = unitKey(name);
      const link = supports.find(
        (s) => s.nameKey === key || unitKey(s.name) === key || unitKey(s.fullName) === key,
      );
      if (!link) continue;
      drop.run(link.rowid);
      addLead.run(warning.taskId, link.unitId);
      supports.splice(supports.indexOf(link), 1);
      recovered++;
    }
    if (recovered === coLeads.length) dropWarning.run(warning.id);
  }
}
