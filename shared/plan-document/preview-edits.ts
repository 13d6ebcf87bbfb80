/**
 * What the user corrected in the import preview, applied to the parsed plan: the same function runs
 * in the window (to show the rows as they will be saved) and in the services (to save them), so what
 * is seen is what is stored. Edits never touch the document's own text: they replace what was read.
 */
import { z } from 'zod';
import { parseDeadline } from '../deadline/parse-deadline';
import { normalizeUnitName } from '../units/unit-name';
import { type PlanField, missingFieldsMessage } from './build-plan-document';
import type { ParsedItem, ParsedPlanDocument, ParsedWarning } from './parsed-plan';

const unitNameSchema = z.string().trim().min(1).max(300);

export const previewEditSchema = z.strictObject({
  wbs: z.string().min(1).max(100),
  /** Left out of the plan, with the items under it. */
  dropped: z.boolean().optional(),
  title: z.string().trim().min(1, 'Tên nhiệm vụ không được để trống.').max(2000).optional(),
  /** The lead units' names (from the registry, or new ones), the principal first; empty: no lead. */
  leads: z.array(unitNameSchema).max(20).optional(),
  supports: z.array(unitNameSchema).max(100).optional(),
  /** The deadline as the user writes it; read as the document's own wording would be. */
  deadlineText: z.string().trim().max(500).optional(),
});
export type PreviewEdit = z.infer<typeof previewEditSchema>;
export const previewEditsSchema = z.array(previewEditSchema).max(20_000);

type EditedField = Exclude<PlanField, 'deliverable'>;

function editedFields(edit: PreviewEdit): EditedField[] {
  const fields: EditedField[] = [];
  if (edit.leads !== undefined) fields.push('lead');
  if (edit.supports !== undefined) fields.push('support');
  if (edit.deadlineText !== undefined) fields.push('deadline');
  return fields;
}

/** The warnings of an item once some of its fields were given anew: what they said about those fields goes. */
function clearFields(warnings: ParsedWarning[], wbs: string, fields: EditedField[]): ParsedWarning[] {
  return warnings.flatMap((w) => {
    if (w.wbs !== wbs || !w.fields) return [w];
    const left = w.fields.filter((f) => !(fields as PlanField[]).includes(f));
    if (left.length === w.fields.length) return [w];
    if (left.length === 0) return [];
    const missing = w.message.includes(' thiếu ');
    return [{ ...w, fields: left, message: missing ? missingFieldsMessage(wbs, left) : w.message }];
  });
}

export function applyPreviewEdits(
  doc: ParsedPlanDocument,
  edits: readonly PreviewEdit[],
): ParsedPlanDocument {
  if (edits.length === 0) return doc;
  const byWbs = new Map(edits.map((e) => [e.wbs, e]));
  const dropped = edits.filter((e) => e.dropped).map((e) => e.wbs);
  const isDropped = (wbs: string) => dropped.some((d) => wbs === d || wbs.startsWith(`${d}.`));

  const units = [...doc.units];
  const known = new Set(units.map((u) => u.key));
  const keyOf = (name: string): string | null => {
    const unit = normalizeUnitName(name);
    if (!unit) return null;
    if (!known.has(unit.key)) {
      known.add(unit.key);
      units.push(unit);
    }
    return unit.key;
  };

  let warnings = doc.warnings.filter((w) => w.wbs === null || !isDropped(w.wbs));
  const parents = new Set(doc.items.map((i) => i.parentWbs));
  const items: ParsedItem[] = [];
  for (const item of doc.items) {
    if (isDropped(item.wbs)) continue;
    const edit = byWbs.get(item.wbs);
    if (!edit) {
      items.push(item);
      continue;
    }
    const next: ParsedItem = { ...item };
    if (edit.title !== undefined) next.title = edit.title;
    if (edit.leads !== undefined) {
      next.leadKeys = [...new Set(edit.leads.map(keyOf).filter((k): k is string => k !== null))];
    }
    // A unit given as lead is not also a support: whichever field was edited, the lead wins.
    const supports = edit.supports === undefined ? next.supportKeys : edit.supports.map(keyOf);
    next.supportKeys = [
      ...new Set(supports.filter((k): k is string => k !== null && !next.leadKeys.includes(k))),
    ];
    if (edit.deadlineText !== undefined) {
      next.deadline =
        edit.deadlineText === '' ? null : parseDeadline(edit.deadlineText, { signedOn: doc.header.issuedOn });
    }
    warnings = clearFields(warnings, item.wbs, editedFields(edit));
    const leaf = !parents.has(item.wbs);
    const missing: PlanField[] = [];
    if (edit.leads !== undefined && leaf && next.leadKeys.length === 0) missing.push('lead');
    if (edit.deadlineText !== undefined) {
      const d = next.deadline;
      if (d && !d.ok && d.reason !== 'empty') {
        warnings.push({
          wbs: item.wbs,
          line: item.line,
          fields: ['deadline'],
          message: `Mục ${item.wbs}: ${d.message}`,
        });
      } else if (leaf && (!d || !d.ok)) missing.push('deadline');
    }
    if (missing.length > 0) {
      warnings.push({
        wbs: item.wbs,
        line: item.line,
        fields: missing,
        message: missingFieldsMessage(item.wbs, missing),
      });
    }
    items.push(next);
  }
  const used = new Set(items.flatMap((i) => [...i.leadKeys, ...i.supportKeys]));
  return {
    header: doc.header,
    items,
    units: units.filter((u) => used.has(u.key)),
    warnings,
  };
}
