/**
 * A task may have several lead units ("Vụ A và Cục B đồng chủ trì"): one wording for them everywhere
 * (window, reports, exports), and the reading of that wording back (a spreadsheet's "Chủ trì" cell).
 */
import { splitUnitList } from './unit-name';

/** Said after the names when there are several, as plans write it: "Vụ A, Cục B (đồng chủ trì)". */
export const CO_LEAD_MARK = '(đồng chủ trì)';

/** "Vụ A"; "Vụ A, Cục B (đồng chủ trì)"; '' when no lead is named. */
export function leadsText(leads: readonly { name: string }[]): string {
  if (leads.length <= 1) return leads[0]?.name ?? '';
  return `${leads.map((u) => u.name).join(', ')} ${CO_LEAD_MARK}`;
}

/** In a sentence, as a Chỉ thị assigns work: "Vụ A chủ trì"; "Vụ A và Cục B đồng chủ trì"; '' when none. */
export function leadsClause(leads: readonly { name: string }[]): string {
  const names = leads.map((u) => u.name);
  if (names.length <= 1) return names[0] ? `${names[0]} chủ trì` : '';
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]} đồng chủ trì`;
}

// "(chủ trì)", "(đồng chủ trì)", "– chủ trì", "đồng chủ trì" after a name: the role, not part of the name.
const ROLE_MARK = /\s*(?:[([]\s*(?:đồng\s+)?chủ\s+trì\s*[)\]]|[-–—,]?\s+(?:đồng\s+)?chủ\s+trì)\s*$/iu;

/**
 * A lead field's text → the lead units' names in order: "Vụ A, Cục B (đồng chủ trì)", "Vụ A (chủ trì);
 * Cục B (đồng chủ trì)", "Vụ A và Cục B". A "và" or "-" inside one name ("Vụ Pháp chế và Quản lý khoa
 * học", "Vụ Tổ chức - Cán bộ") stays in it (see splitUnitList).
 */
export function splitLeadList(text: string): string[] {
  return splitUnitList(text.normalize('NFC'))
    .map((name) => name.replace(ROLE_MARK, '').trim())
    .filter((name) => name.length > 0);
}
