/**
 * A plan file applied as a newer version of a plan already in the app (see
 * services/storage/plan-amendment-store.ts): read in the worker like any import, corrected as in the
 * preview, then applied in one transaction, recorded as one step of undo when a log is given.
 */
import { UserError, planNotFound } from '../../shared/api/user-error';
import path from 'node:path';
import { type ImportBytesOptions, readEditedPlan, readPlanFile } from '../interop/import-plan-bytes';
import { createPlanAmendmentStore } from '../storage/plan-amendment-store';
import type { ImportSummary, PlanRepository } from '../storage/plan-repository';
import { preambleOf } from '../../shared/plan-amendment/amended-plan';
import { amendablePlanOf, planCodeOf } from './preview-import';

export type AmendedPlanSummary = ImportSummary & {
  amendment: { added: number; removed: number; changed: number; unchanged: number };
};

export type AmendOptions = Pick<ImportBytesOptions, 'today' | 'parse' | 'onSaving' | 'edits'> & {
  /** The file lists only what it amends: tasks it does not mention stay as they are. */
  keepUnmentioned?: boolean;
  /** Runs the write as one undoable step (services/editing/undo-log.ts); plain when absent. */
  record?: <T>(label: string, write: () => T) => T;
  now?: () => Date;
};

/**
 * `planId` 'auto': the plan the file is a newer version of, found as the preview finds it (same
 * number, or the plan a "sửa đổi, bổ sung" names).
 */
export async function amendPlanBytes(
  repository: PlanRepository,
  bytes: Uint8Array,
  fileName: string,
  planId: number | 'auto',
  options: AmendOptions = {},
): Promise<AmendedPlanSummary> {
  const { record = (_label, write) => write(), now, keepUnmentioned = false, ...read } = options;
  const { edited, parsed, name } = await readEditedPlan(repository, bytes, fileName, read);
  const code = planCodeOf(edited, name);
  const targetId =
    planId === 'auto' ? amendablePlanOf(repository, code, preambleOf(edited, parsed.sourceText))?.id : planId;
  if (targetId === undefined) {
    throw new UserError(
      `Không có kế hoạch nào trong dữ liệu có số ${code} hoặc được văn bản này sửa đổi, bổ sung: hãy nhập tệp như một kế hoạch mới.`,
      'not-found',
    );
  }
  const target = repository.listPlanSummaries().find((p) => p.id === targetId);
  if (!target) throw planNotFound(targetId);
  const other = repository.findPlanIdByCode(code);
  if (other !== null && other !== target.id) {
    throw new UserError(
      `Tệp là Kế hoạch số ${code}, đã có trong dữ liệu như một kế hoạch riêng: không dùng để cập nhật Kế hoạch số ${target.code}.`,
      'conflict',
    );
  }
  const store = createPlanAmendmentStore(repository.database, now);
  const summary = record(`Cập nhật Kế hoạch số ${target.code} theo “${name}”`, () =>
    store.apply(
      target.id,
      edited,
      { name, text: parsed.sourceText },
      {
        sameCode: code === target.code,
        keepUnmentioned,
      },
    ),
  );
  return {
    planId: target.id,
    code: target.code,
    taskCount: edited.items.length,
    unitCount: edited.units.length,
    warningCount: summary.warningCount,
    amendment: {
      added: summary.added,
      removed: summary.removed,
      changed: summary.changed,
      unchanged: summary.unchanged,
    },
  };
}

/** For the command line: `import TỆP --update`. */
export async function amendPlanFromPath(
  repository: PlanRepository,
  filePath: string,
  options: AmendOptions = {},
): Promise<AmendedPlanSummary> {
  return amendPlanBytes(repository, readPlanFile(filePath), path.basename(filePath), 'auto', options);
}
