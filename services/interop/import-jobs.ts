/**
 * Imports in progress, by the id the window gave them: what stage each is at, and the switch that
 * cancels one while its file is being read. Writing the plan is one short transaction and is not
 * interrupted: a cancel arriving then is answered "too late" and the import completes.
 */
import { UserError } from '../../shared/api/user-error';
import type { ImportProgress } from '../../shared/api/interop-contract';

type Job = { stage: 'reading' | 'saving'; startedAt: number; controller: AbortController };

export type ImportJob = {
  /** Aborted when the user cancels. */
  signal: AbortSignal;
  /** The file has been read: from now on the import completes. */
  saving(): void;
};

export type ImportJobs = {
  /** Runs `work` as the import `importId` (an anonymous one when undefined: nobody follows it). */
  run<T>(importId: string | undefined, work: (job: ImportJob) => Promise<T>): Promise<T>;
  progress(importId: string): ImportProgress;
  cancel(importId: string): boolean;
};

export function createImportJobs(now: () => number = Date.now): ImportJobs {
  const jobs = new Map<string, Job>();
  return {
    async run(importId, work) {
      if (importId !== undefined && jobs.has(importId)) {
        throw new UserError('Tệp này đang được nhập: hãy chờ lần nhập trước xong.', 'conflict');
      }
      const job: Job = { stage: 'reading', startedAt: now(), controller: new AbortController() };
      if (importId !== undefined) jobs.set(importId, job);
      try {
        return await work({
          signal: job.controller.signal,
          saving: () => {
            job.stage = 'saving';
          },
        });
      } finally {
        if (importId !== undefined) jobs.delete(importId);
      }
    },
    progress(importId) {
      const job = jobs.get(importId);
      return job
        ? { stage: job.stage, elapsedMs: Math.max(0, Math.round(now() - job.startedAt)) }
        : { stage: 'none', elapsedMs: 0 };
    },
    cancel(importId) {
      const job = jobs.get(importId);
      if (!job || job.stage !== 'reading') return false;
      job.controller.abort();
      return true;
    },
  };
}
