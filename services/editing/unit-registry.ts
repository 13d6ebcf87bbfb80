/** The registry of units: add, rename, recolour, merge two spellings into one, delete when unused. */
import { UserError } from '../../shared/api/user-error';
import type { RegistryUnit } from '../../shared/editing/editing-schemas';
import type { Unit } from '../../shared/model/schemas';
import { unitColor } from '../../shared/units/unit-colors';
import { normalizeUnitName, unitKey } from '../../shared/units/unit-name';
import type { Db } from '../storage/database';
import { type UnitRow, toUnit } from '../storage/row-mappers';

export function createUnitRegistry(db: Db) {
  const byId = db.prepare('SELECT * FROM units WHERE id = ?');
  const byKey = db.prepare('SELECT * FROM units WHERE name_key = ?');

  const get = (unitId: number): Unit => {
    const row = byId.get(unitId) as UnitRow | undefined;
    if (!row) throw new UserError(`Không tìm thấy đơn vị (mã ${unitId}).`, 'not-found');
    return toUnit(row);
  };

  const refuseTaken = (name: string, except: number | null) => {
    const other = byKey.get(unitKey(name)) as UnitRow | undefined;
    if (other && other.id !== except) {
      throw new UserError(
        `Đã có đơn vị “${other.name}” trùng tên này; hãy gộp hai đơn vị nếu là một.`,
        'conflict',
      );
    }
  };

  return {
    list(): RegistryUnit[] {
      const rows = db
        .prepare(
          `SELECT u.*, (SELECT COUNT(*) FROM task_units tu WHERE tu.unit_id = u.id) AS task_count
           FROM units u ORDER BY u.name COLLATE NOCASE, u.id`,
        )
        .all() as (UnitRow & { task_count: number })[];
      return rows.map((r) => ({ ...toUnit(r), taskCount: r.task_count }));
    },

    add(input: { name: string; fullName: string | null; agency: string | null; color: string | null }): Unit {
      refuseTaken(input.name, null);
      const normalized = normalizeUnitName(input.name);
      const count = db.prepare('SELECT COUNT(*) FROM units').pluck().get() as number;
      const id = Number(
        db
          .prepare(
            `INSERT INTO units (name, full_name, agency, color, is_collective, name_key) VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.name,
            input.fullName || input.name,
            input.agency ?? normalized?.agency ?? null,
            input.color ?? unitColor(count),
            normalized?.isCollective ? 1 : 0,
            unitKey(input.name),
          ).lastInsertRowid,
      );
      return get(id);
    },

    rename(unitId: number, name: string, fullName: string | null): Unit {
      get(unitId);
      refuseTaken(name, unitId);
      db.prepare('UPDATE units SET name = ?, full_name = ?, name_key = ? WHERE id = ?').run(
        name,
        fullName || name,
        unitKey(name),
        unitId,
      );
      return get(unitId);
    },

    recolor(unitId: number, color: string): Unit {
      get(unitId);
      db.prepare('UPDATE units SET color = ? WHERE id = ?').run(color, unitId);
      return get(unitId);
    },

    merge(keepId: number, mergeId: number): Unit {
      if (keepId === mergeId) throw new UserError('Hãy chọn hai đơn vị khác nhau để gộp.');
      get(keepId);
      get(mergeId);
      // A task linked to both keeps one link (a unit is linked once per task); if either link was a
      // lead, the kept one leads.
      const shared = db
        .prepare(
          `SELECT m.task_id AS taskId, m.role = 'lead' AS mergeLeads FROM task_units m
           JOIN task_units k ON k.task_id = m.task_id AND k.unit_id = ? WHERE m.unit_id = ?`,
        )
        .all(keepId, mergeId) as { taskId: number; mergeLeads: number }[];
      const dropLink = db.prepare('DELETE FROM task_units WHERE task_id = ? AND unit_id = ?');
      const makeLead = db.prepare("UPDATE task_units SET role = 'lead' WHERE task_id = ? AND unit_id = ?");
      for (const { taskId, mergeLeads } of shared) {
        dropLink.run(taskId, mergeId);
        if (mergeLeads) makeLead.run(taskId, keepId);
      }
      db.prepare('UPDATE task_units SET unit_id = ? WHERE unit_id = ?').run(keepId, mergeId);
      // The requests sent to the duplicate stay in the tracker, under the kept unit.
      db.prepare('UPDATE progress_requests SET unit_id = ? WHERE unit_id = ?').run(keepId, mergeId);
      db.prepare('UPDATE progress_updates SET reported_by_unit_id = ? WHERE reported_by_unit_id = ?').run(
        keepId,
        mergeId,
      );
      db.prepare('DELETE FROM units WHERE id = ?').run(mergeId);
      return get(keepId);
    },

    remove(unitId: number): void {
      const unit = get(unitId);
      const used = db
        .prepare('SELECT COUNT(*) FROM task_units WHERE unit_id = ?')
        .pluck()
        .get(unitId) as number;
      if (used > 0) {
        throw new UserError(
          `Không thể xóa đơn vị “${unit.name}”: còn ${used} nhiệm vụ ghi đơn vị này. Hãy gộp vào đơn vị khác hoặc bỏ khỏi các nhiệm vụ trước.`,
          'conflict',
        );
      }
      db.prepare('DELETE FROM units WHERE id = ?').run(unitId);
    },
  };
}
