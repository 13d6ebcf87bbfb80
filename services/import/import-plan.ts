/** Document → parser → domain → storage, in one transaction. */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/api/user-error';
import { parsePlanDocument } from '../../shared/plan-document/parse-plan-document';
import type { ImportOptions, ImportSummary, PlanRepository } from '../storage/plan-repository';
import { MAX_IMPORT_BYTES, decodeText, tooLargeError } from './decode-text';

export function importPlanText(
  repository: PlanRepository,
  text: string,
  sourceName: string,
  options: ImportOptions = {},
): ImportSummary {
  const outcome = parsePlanDocument(text);
  if (!outcome.ok) throw new UserError(outcome.message);
  return repository.importDocument(outcome.document, { name: sourceName, text }, options);
}

export function importPlanFile(
  repository: PlanRepository,
  filePath: string,
  options: ImportOptions = {},
): ImportSummary {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new UserError(`Không tìm thấy tệp “${filePath}”.`, 'not-found');
  }
  if (!stat.isFile()) throw new UserError(`“${filePath}” không phải là một tệp.`);
  // Checked before reading: a huge file must not be loaded into memory just to be refused.
  if (stat.size > MAX_IMPORT_BYTES) throw tooLargeError(stat.size);
  const text = decodeText(fs.readFileSync(filePath));
  return importPlanText(repository, text, path.basename(filePath), options);
}
