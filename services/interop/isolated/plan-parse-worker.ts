/**
 * The body of the parse worker (bundled on its own as plan-parse-worker.cjs, see
 * scripts/build-parse-worker.mjs): waits for one untrusted file, reads it and posts back the parsed
 * plan or the refusal. It runs under the memory limit its parent set, and its parent ends it when time is up.
 */
import { parentPort } from 'node:worker_threads';
import { UserError } from '../../../shared/api/user-error';
import { parsePlanBytes } from '../import-plan-bytes';
import type { ParseReply, ParseRequest } from './parse-messages';

async function run(request: ParseRequest): Promise<ParseReply> {
  try {
    return { kind: 'done', result: await parsePlanBytes(request.bytes, request.fileName, request.today) };
  } catch (error) {
    if (error instanceof UserError) return { kind: 'refused', message: error.message, code: error.code };
    const failure = error instanceof Error ? error : new Error(String(error));
    return { kind: 'failed', message: failure.message, stack: failure.stack };
  }
}

// The request comes as a message: a worker may be started ahead and wait for its file.
if (parentPort) {
  const port = parentPort;
  port.once('message', (request: ParseRequest) => {
    void run(request).then((reply) => port.postMessage(reply));
  });
}
