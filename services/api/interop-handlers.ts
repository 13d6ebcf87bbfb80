/** The API methods for other programs' files: bytes in and out as base64, never a path. */
import type { ApiHandlers } from '../../shared/api/dispatcher';
import type { interopMethods } from '../../shared/api/interop-contract';
import { type ExportRequest, type ExportedFile, exportPlan } from '../interop/export-plan';
import { buildImportPreview } from '../import/preview-import';
import { importPlanBytes, parsePlanBytes } from '../interop/import-plan-bytes';
import type { PlanRepository } from '../storage/plan-repository';

const asDto = ({ fileName, mimeType, data }: ExportedFile) => ({
  fileName,
  mimeType,
  base64: data.toString('base64'),
});

export function createInteropHandlers(
  repository: PlanRepository,
): Pick<ApiHandlers, keyof typeof interopMethods> {
  const exportAs = async (request: ExportRequest) => asDto(await exportPlan(repository, request));
  return {
    previewImport: async ({ fileName, base64 }) =>
      buildImportPreview(repository, await parsePlanBytes(Buffer.from(base64, 'base64'), fileName), fileName),
    importPlan: ({ fileName, base64, replace, edits }) =>
      importPlanBytes(repository, Buffer.from(base64, 'base64'), fileName, { replace, edits }),
    exportExcel: ({ planId, asOf }) => exportAs({ planId, asOf, format: 'xlsx' }),
    exportMsProject: ({ planId, asOf }) => exportAs({ planId, asOf, format: 'mspdi' }),
    exportIcal: ({ planId, asOf, unitIds, role }) => exportAs({ planId, asOf, format: 'ics', unitIds, role }),
    exportTimelinePdf: ({ planId, asOf, paper }) => exportAs({ planId, asOf, format: 'pdf', paper }),
  };
}
