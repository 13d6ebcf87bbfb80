/**
 * The lead and support units of an item read from a document, as lists of keys (principal lead first): the one place the
 * comparison reads them, so that a change in how items carry their leads changes only this file.
 */
import type { ParsedItem } from '../plan-document/parsed-plan';

export function itemLeadKeys(item: ParsedItem): string[] {
  return item.leadKeys;
}

export function itemSupportKeys(item: ParsedItem): string[] {
  return item.supportKeys;
}
