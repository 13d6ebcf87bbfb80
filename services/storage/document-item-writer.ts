/**
 * What a plan document writes into storage, the same way for a first import and for a newer version
 * applied in place: its units (matched by name key, a new one taking the next colour of the palette),
 * an item as a task row (its dates and wording as the baseline too), and an item's unit links.
 */
import type Database from 'better-sqlite3';
import type { ParsedItem, ParsedPlanDocument } from '../../shared/plan-document/parsed-plan';
import { COLLECTIVE_UNIT_COLOR, unitColor } from '../../shared/units/unit-colors';

export type ItemPlace = { planId: number; parentId: number | null; sortOrder: number };

export function createDocumentItemWriter(db: Database.Database) {
  const insertUnit = db.prepare(
    `INSERT INTO units (name, full_name, agency, color, is_collective, name_key)
     VALUES (@name, @fullName, @agency, @color, @isCollective, @key)
     ON CONFLICT (name_key) DO NOTHING`,
  );
  const unitIdByKey = db.prepare('SELECT id FROM units WHERE name_key = ?').pluck();
  const countUnits = db.prepare('SELECT COUNT(*) FROM units WHERE is_collective = 0').pluck();
  const insertTask = db.prepare(
    `INSERT INTO tasks (plan_id, parent_id, wbs, title, kind, start_on, deadline_on, deadline_text,
                        deadline_precision, recurrence, deliverable, notes, sort_order, source_line,
                        baseline_start_on, baseline_deadline_on, baseline_precision)
     VALUES (@planId, @parentId, @wbs, @title, @kind, @start, @deadline, @deadlineText,
             @precision, @recurrence, @deliverable, @notes, @sortOrder, @line, @start, @deadline, @precision)`,
  );
  const linkUnit = db.prepare('INSERT OR IGNORE INTO task_units (task_id, unit_id, role) VALUES (?, ?, ?)');

  return {
    /** The document's units by key → their ids in the registry; a registered unit keeps its colour. */
    registerUnits(doc: ParsedPlanDocument): Map<string, number> {
      const ids = new Map<string, number>();
      let coloured = countUnits.get() as number;
      for (const unit of doc.units) {
        const color = unit.isCollective ? COLLECTIVE_UNIT_COLOR : unitColor(coloured);
        const added = insertUnit.run({ ...unit, color, isCollective: unit.isCollective ? 1 : 0 });
        if (added.changes > 0 && !unit.isCollective) coloured += 1;
        ids.set(
          unit.key,
          added.changes > 0 ? Number(added.lastInsertRowid) : (unitIdByKey.get(unit.key) as number),
        );
      }
      return ids;
    },

    /** The item as a new task row; returns its id. */
    insertItem(item: ParsedItem, place: ItemPlace): number {
      const d = item.deadline;
      return Number(
        // A literal of fixed shape, not a spread: better-sqlite3 reads each named parameter from it,
        // and with a spread object the import bench went from 1.1× to 1.6× the bare inserts.
        insertTask.run({
          planId: place.planId,
          parentId: place.parentId,
          sortOrder: place.sortOrder,
          wbs: item.wbs,
          title: item.title,
          kind: item.kind,
          // A range ("Tháng 3 - tháng 6/2024") says when the work starts, as well as its last day.
          start: d?.ok ? (d.start ?? null) : null,
          deadline: d?.ok ? d.deadline : null,
          deadlineText: d ? d.wording || null : null,
          precision: d?.ok ? d.precision : null,
          recurrence: d?.ok && d.recurrence ? JSON.stringify(d.recurrence) : null,
          deliverable: item.deliverable,
          notes: item.notes,
          line: item.line,
        }).lastInsertRowid,
      );
    },

    /** Links the item's units to the task: every lead in the order written (rowids keep it), then supports. */
    linkItemUnits(taskId: number, item: ParsedItem, unitIds: ReadonlyMap<string, number>): void {
      for (const key of item.leadKeys) {
        const unitId = unitIds.get(key);
        if (unitId !== undefined) linkUnit.run(taskId, unitId, 'lead');
      }
      for (const key of item.supportKeys) {
        const unitId = unitIds.get(key);
        if (unitId !== undefined) linkUnit.run(taskId, unitId, 'support');
      }
    },
  };
}
