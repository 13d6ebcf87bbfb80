/**
 * The import preview's rows: the plan as read with the user's corrections applied (by the same shared
 * function the services save with), each unit marked as in the registry, near one, or new, and each
 * problem on its row with the line of the document it came from.
 */
import type { ImportPreviewDto, RegistryUnitDto } from '../../../../shared/api/import-preview-contract';
import type { ParsedPlanDocument } from '../../../../shared/plan-document/parsed-plan';
import { type PreviewEdit, applyPreviewEdits } from '../../../../shared/plan-document/preview-edits';
import { unitKey } from '../../../../shared/units/unit-name';
import { readDeadline } from '../../editing/task-form';

export type UnitTag = {
  key: string;
  name: string;
  agency: string | null;
  status: 'matched' | 'near' | 'new';
  /** The registry unit(s) a near name resembles, to use instead. */
  proposals: RegistryUnitDto[];
};

export type PreviewRow = {
  wbs: string;
  depth: number;
  line: number;
  dropped: boolean;
  title: string;
  /** Every lead unit, the principal first; the others co-lead. */
  leads: UnitTag[];
  supports: UnitTag[];
  deadlineText: string;
  /** What the deadline wording was read as: "Hiểu là: hạn cuối 30/06/2024." or why it was not. */
  deadlineReading: string;
  deadlineOk: boolean;
  deliverable: string | null;
  problems: string[];
};

export type PreviewState = {
  rows: PreviewRow[];
  /** The plan as it will be saved. */
  document: ParsedPlanDocument;
  /** Problems of the document as a whole (not of one row). */
  general: string[];
};

export type EditsByWbs = ReadonlyMap<string, PreviewEdit>;

export function buildPreviewRows(preview: ImportPreviewDto, edits: EditsByWbs): PreviewState {
  const document = applyPreviewEdits(preview.document, [...edits.values()]);
  const kept = new Map(document.items.map((i) => [i.wbs, i]));
  const matches = new Map(preview.unitMatches.map((m) => [m.key, m]));
  const registryByKey = new Map(preview.registry.map((u) => [unitKey(u.name), u]));
  // A dropped row still shows the units it named.
  const unitByKey = new Map([...preview.document.units, ...document.units].map((u) => [u.key, u]));
  const tag = (key: string): UnitTag => {
    const unit = unitByKey.get(key);
    const match = matches.get(key);
    const registered = registryByKey.get(key);
    const name = unit?.name ?? key;
    const agency = unit?.agency ?? registered?.agency ?? null;
    if (match) {
      const proposals = match.unit ? [match.unit] : match.alternatives;
      return { key, name, agency, status: match.status, proposals };
    }
    return { key, name, agency, status: registered ? 'matched' : 'new', proposals: [] };
  };
  const problemsOf = new Map<string, string[]>();
  const general: string[] = [];
  for (const w of document.warnings) {
    const text = `Dòng ${w.line}: ${w.message}`;
    if (w.wbs === null || !kept.has(w.wbs)) general.push(text);
    else problemsOf.set(w.wbs, [...(problemsOf.get(w.wbs) ?? []), text]);
  }
  const signedOn = document.header.issuedOn;
  const rows = preview.document.items.map((original): PreviewRow => {
    const item = kept.get(original.wbs);
    const shown = item ?? original;
    const deadlineText = shown.deadline?.wording ?? '';
    const reading = readDeadline(deadlineText, signedOn);
    return {
      wbs: original.wbs,
      depth: original.wbs.split('.').length,
      line: original.line,
      dropped: item === undefined,
      title: shown.title,
      leads: shown.leadKeys.map(tag),
      supports: shown.supportKeys.map(tag),
      deadlineText,
      deadlineReading: deadlineText === '' ? 'Chưa ghi thời hạn.' : reading.text,
      deadlineOk: reading.ok,
      deliverable: shown.deliverable,
      problems: problemsOf.get(original.wbs) ?? [],
    };
  });
  return { rows, document, general };
}

/** A correction of one row merged into what the user already corrected there. */
export function withEdit(edits: EditsByWbs, edit: PreviewEdit): Map<string, PreviewEdit> {
  const next = new Map(edits);
  next.set(edit.wbs, { ...next.get(edit.wbs), ...edit });
  return next;
}

/** "Dùng đơn vị có sẵn": every row naming `key` names the registry unit instead. */
export function preferRegistryUnit(
  state: PreviewState,
  edits: EditsByWbs,
  key: string,
  registryName: string,
): Map<string, PreviewEdit> {
  let next = new Map(edits);
  for (const row of state.rows) {
    if (row.dropped) continue;
    if (row.leads.some((u) => u.key === key)) {
      const leads = row.leads.map((u) => (u.key === key ? registryName : u.name));
      next = withEdit(next, { wbs: row.wbs, leads });
    }
    if (row.supports.some((s) => s.key === key)) {
      const supports = row.supports.map((s) => (s.key === key ? registryName : s.name));
      next = withEdit(next, { wbs: row.wbs, supports });
    }
  }
  return next;
}
