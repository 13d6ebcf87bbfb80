/**
 * Untrusted files are read in a worker thread, never in the process that serves the window: a file
 * built to exhaust memory or time ends its own worker, with a Vietnamese message, while the window
 * (and the bridge, and other imports) go on answering. One worker per file: a killed or bloated
 * worker leaves nothing behind.
 */
import { Worker } from 'node:worker_threads';
import { UserError } from '../../../shared/api/user-error';
import { type IsoDate, todayIso } from '../../../shared/dates/iso-date';
import type { ParsedPlanFile } from '../common/parsed-file';
import type { ParseReply, ParseRequest } from './parse-messages';
import { parseWorkerPath } from './worker-location';

export type ParseLimits = {
  /** Wall time for one file, worker start included. */
  timeMs: number;
  /** The worker's JavaScript heap (V8 old generation). */
  heapMb: number;
};

/**
 * A plan of 20,000 tasks reads in a few seconds and a few hundred megabytes (see bench/cases/import.ts):
 * these leave ample room for a real plan on a slow laptop, and stop a hostile file long before the
 * laptop suffers.
 */
export const PARSE_LIMITS: ParseLimits = { timeMs: 60_000, heapMb: 768 };

export type ParseInWorkerOptions = {
  today?: IsoDate;
  limits?: Partial<ParseLimits>;
  /** Aborting ends the worker at once: the import is cancelled. */
  signal?: AbortSignal;
};

const unchanged = 'Dữ liệu không bị thay đổi.';

export function tooComplexForTime(fileName: string, timeMs: number): UserError {
  return new UserError(
    `Tệp “${fileName}” quá phức tạp để đọc: sau ${Math.round(timeMs / 1000)} giây vẫn chưa đọc xong nên đã dừng lại. ` +
      `Tệp có thể bị hỏng hoặc được tạo ra để gây hại. ${unchanged}`,
  );
}

export function tooComplexForMemory(fileName: string): UserError {
  return new UserError(
    `Tệp “${fileName}” quá phức tạp để đọc: việc đọc cần quá nhiều bộ nhớ nên đã dừng lại. ` +
      `Tệp có thể bị hỏng hoặc được tạo ra để gây hại. ${unchanged}`,
  );
}

export function cancelledImport(fileName: string): UserError {
  return new UserError(`Đã dừng nhập tệp “${fileName}”. ${unchanged}`);
}

const startWorker = (limits: ParseLimits) =>
  new Worker(parseWorkerPath(), {
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    // The parent's --inspect, NODE_OPTIONS … are not the worker's business.
    execArgv: [],
  });

/**
 * One worker started ahead, idle, for the next file: starting a worker (compiling the importers)
 * takes a few hundred milliseconds the user would otherwise wait at every import. It is never
 * reused: each file gets a fresh worker, and a new spare is started once a file is done. Unref'd, so
 * that it never keeps a finished command alive.
 */
let spare: Worker | null = null;

function prepareSpare(): void {
  if (spare) return;
  const worker = startWorker(PARSE_LIMITS);
  worker.unref();
  const forget = () => {
    if (spare === worker) spare = null;
  };
  worker.once('error', forget);
  worker.once('exit', forget);
  spare = worker;
}

function takeWorker(limits: ParseLimits): Worker {
  const sameLimits = limits.heapMb === PARSE_LIMITS.heapMb;
  const worker = sameLimits ? spare : null;
  if (!worker) return startWorker(limits);
  spare = null;
  worker.removeAllListeners();
  // Awaited from now on: it keeps the process alive until it answers.
  worker.ref();
  return worker;
}

/** parsePlanBytes, in a worker thread under a memory and a time limit. */
export function parsePlanBytesInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: ParseInWorkerOptions = {},
): Promise<ParsedPlanFile> {
  const limits = { ...PARSE_LIMITS, ...options.limits };
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(cancelledImport(fileName));
  const request: ParseRequest = { bytes, fileName, today: options.today ?? todayIso() };

  return new Promise<ParsedPlanFile>((resolve, reject) => {
    const worker = takeWorker(limits);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
      prepareSpare();
    };
    const timer = setTimeout(
      () => settle(() => reject(tooComplexForTime(fileName, limits.timeMs))),
      limits.timeMs,
    );
    const onAbort = () => settle(() => reject(cancelledImport(fileName)));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (reply: ParseReply) =>
      settle(() => {
        if (reply.kind === 'done') resolve(reply.result);
        else if (reply.kind === 'refused') reject(new UserError(reply.message, reply.code));
        else reject(Object.assign(new Error(`parse worker: ${reply.message}`), { stack: reply.stack }));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(tooComplexForMemory(fileName));
        // Deep input overflowing the worker's stack is a file too complex, not a bug of the app.
        else if (error instanceof RangeError && /call stack/i.test(error.message))
          reject(tooComplexForMemory(fileName));
        else reject(error);
      }),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`parse worker exited with code ${code} before answering`))),
    );
    worker.postMessage(request);
  });
}
