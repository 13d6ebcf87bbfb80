/**
 * The contract methods for the register of outgoing documents: the number a new document would
 * take, the register itself (viewed, corrected, exported), spread into the API contract.
 */
import { z } from 'zod';
import {
  documentKindSchema,
  proposedNumberSchema,
  registerEntryEditSchema,
  registerEntrySchema,
} from '../documents/document-numbers';
import { idSchema, isoDateSchema } from '../model/schemas';
import { generatedFileSchema } from '../reports/report-schemas';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

const yearSchema = z.number().int().min(1900).max(2200).nullable().default(null);

export const documentRegisterMethods = {
  /** The next free number of a type for a document dated `date` ("05/BC-TGV"); nothing is recorded. */
  proposeDocumentNumber: method(
    z.strictObject({ kind: documentKindSchema, date: isoDateSchema }),
    proposedNumberSchema,
  ),
  /** The register, newest first; one year or all. */
  listDocumentRegister: method(z.strictObject({ year: yearSchema }), z.array(registerEntrySchema)),
  /** Corrects a line: number, date, subject, file. A number already given to another document is refused. */
  updateRegisterEntry: method(registerEntryEditSchema, registerEntrySchema),
  /** Removes a line (a number taken for a document that was never sent). */
  deleteRegisterEntry: method(z.strictObject({ id: idSchema }), z.strictObject({})),
  /** The register as an Excel file (.xlsx). */
  exportDocumentRegister: method(z.strictObject({ year: yearSchema }), generatedFileSchema),
};
