/**
 * The API methods for other programs' files: bytes in and out as base64, never a path. An import can
 * be followed and cancelled by the id the window gives it.
 */
import type { ApiHandlers } from '../../shared/api/dispatcher';
import type { interopMethods } from '../../shared/api/interop-contract';
import { type ExportRequest, type ExportedFile, exportPlan } from '../interop/export-plan';
import { type UndoLog, createUndoLog } from '../editing/undo-log';
import { amendPlanBytes } from '../import/amend-plan';
import { buildImportPreview } from '../import/preview-import';
import { createPlanAmendmentStore } from '../storage/plan-amendment-store';
import { checkPlanBytes, importPlanBytes } from '../interop/import-plan-bytes';
import { type ImportJobs, createImportJobs } from '../interop/import-jobs';
import { parsePlanBytesInWorker } from '../interop/isolated/parse-in-worker';
import type { PlanRepository } from '../storage/plan-repository';

const asDto = ({ fileName, mimeType, data }: ExportedFile) => ({
  fileName,
  mimeType,
  base64: data.toString('base64'),
});

export function createInteropHandlers(
  repository: PlanRepository,
  /** Shared by the handlers built over successive connections (a restore rebuilds them). */
  imports: ImportJobs = createImportJobs(),
): Pick<ApiHandlers, keyof typeof interopMethods> {
  // Made on first use: it installs the undo triggers on the connection.
  let undoLog: UndoLog | null = null;
  const undo = () => (undoLog ??= createUndoLog(repository.database));
  const exportAs = async (request: ExportRequest) => asDto(await exportPlan(repository, request));
  return {
    // The preview reads the file in the same isolated worker as the import, under the same limits.
    previewImport: ({ fileName, base64, importId }) =>
      imports.run(importId, async ({ signal }) => {
        const bytes = Buffer.from(base64, 'base64');
        checkPlanBytes(bytes, fileName);
        return buildImportPreview(
          repository,
          await parsePlanBytesInWorker(bytes, fileName, { signal }),
          fileName,
        );
      }),
    importPlan: ({ fileName, base64, updatePlanId, keepUnmentioned, importId, edits }) =>
      imports.run(importId, ({ signal, saving }) => {
        const bytes = Buffer.from(base64, 'base64');
        const read = { edits, parse: { signal }, onSaving: saving };
        // A newer version of a plan updates it in place, as one step the user can undo.
        if (updatePlanId !== undefined)
          return amendPlanBytes(repository, bytes, fileName, updatePlanId, {
            ...read,
            keepUnmentioned,
            record: undo().record,
          });
        return importPlanBytes(repository, bytes, fileName, read);
      }),
    listTaskAmendments: ({ taskId }) => createPlanAmendmentStore(repository.database).listForTask(taskId),
    getImportProgress: ({ importId }) => imports.progress(importId),
    cancelImport: ({ importId }) => ({ cancelled: imports.cancel(importId) }),
    exportExcel: ({ planId, asOf }) => exportAs({ planId, asOf, format: 'xlsx' }),
    exportMsProject: ({ planId, asOf }) => exportAs({ planId, asOf, format: 'mspdi' }),
    exportIcal: ({ planId, asOf, unitIds, role }) => exportAs({ planId, asOf, format: 'ics', unitIds, role }),
    exportTimelinePdf: ({ planId, asOf, paper }) => exportAs({ planId, asOf, format: 'pdf', paper }),
  };
}
