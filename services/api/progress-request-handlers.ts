/** The API methods for collecting progress from units (see progress-request-contract.ts). */
import type { ApiHandlers } from '../../shared/api/dispatcher';
import type { progressRequestMethods } from '../../shared/api/progress-request-contract';
import { todayIso } from '../../shared/dates/iso-date';
import { createUndoLog } from '../editing/undo-log';
import { createProgressRequests } from '../progress-requests/progress-requests-service';
import type { PlanRepository } from '../storage/plan-repository';

const asPackage = ({ fileName, data, unitCount }: { fileName: string; data: Buffer; unitCount: number }) => ({
  fileName,
  base64: data.toString('base64'),
  unitCount,
});

export function createProgressRequestHandlers(
  repository: PlanRepository,
  now: () => Date = () => new Date(),
): Pick<ApiHandlers, keyof typeof progressRequestMethods> {
  const service = createProgressRequests(repository, createUndoLog(repository.database, now), now);
  const today = () => todayIso(now());
  return {
    listRequestCandidates: ({ planId, asOf }) => service.candidates(planId, asOf),
    createProgressRequests: async (input) => asPackage(await service.create(input)),
    listProgressRequests: ({ planId, asOf }) => service.track(planId, asOf),
    previewReturnedForms: async ({ planId, files }) => ({
      files: await service.preview(planId, files, today()),
    }),
    acceptReturnedForms: ({ planId, files, accepted, receivedOn }) =>
      service.accept(planId, files, accepted, today(), receivedOn ?? today()),
    listReminderCandidates: ({ planId, asOf }) => service.reminderCandidates(planId, asOf),
    buildReminderLetters: async (input) => asPackage(await service.reminders(input)),
  };
}
