/**
 * Which stored plan a document is a newer version of: the plan with its number, or the plan it says
 * it amends ("Kế hoạch sửa đổi, bổ sung Kế hoạch số 76/KH-BCĐ-TANDTC …", "về việc điều chỉnh …"),
 * read from its title and the text before its first item.
 */
import type { ParsedPlanDocument } from '../plan-document/parsed-plan';
import { foldedSyllables } from './wording';

export type StoredPlanCode = { id: number; code: string };
export type AmendedPlan = { id: number; code: string; reason: 'same-code' | 'amends' };

const AMENDING = /\b(sua doi|bo sung|dieu chinh|cap nhat)\b/;

const fold = (text: string) => foldedSyllables(text).join(' ');

/** The title and opening text of a document (where a document says what it amends). */
export function preambleOf(document: ParsedPlanDocument, sourceText: string): string {
  const firstLine = document.items[0]?.line ?? Number.MAX_SAFE_INTEGER;
  const opening = sourceText
    .split(/\r?\n/)
    .slice(0, Math.min(firstLine - 1, 60))
    .join('\n');
  return `${document.header.title ?? ''}\n${opening}`;
}

export function findAmendedPlan(
  code: string,
  preamble: string,
  plans: readonly StoredPlanCode[],
): AmendedPlan | null {
  const same = plans.find((p) => p.code === code);
  if (same) return { id: same.id, code: same.code, reason: 'same-code' };
  const text = fold(preamble);
  if (!AMENDING.test(text)) return null;
  // The plan named earliest in the text; a code is matched as whole syllables ("76 kh bcd tandtc").
  let best: { plan: StoredPlanCode; at: number } | null = null;
  for (const plan of plans) {
    const folded = fold(plan.code);
    if (folded === '') continue;
    const at = ` ${text} `.indexOf(` ${folded} `);
    if (at >= 0 && (best === null || at < best.at)) best = { plan, at };
  }
  return best === null ? null : { id: best.plan.id, code: best.plan.code, reason: 'amends' };
}
