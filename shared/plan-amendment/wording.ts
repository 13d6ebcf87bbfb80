/**
 * How two versions of a plan's wording are compared: the same words are the same wording whatever
 * the case, spacing, punctuation or old/new tone placement ("Toà"/"Tòa"); titles that differ are
 * scored by the words they share, with accents folded away, so that a re-worded task is still found.
 */
import { unitKey } from '../units/unit-name';

/** Identity of a wording: different words (or tones) differ; spelling variants do not. */
export function wordingKey(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  return unitKey(text.replace(/[!?…\-–—/\\[\]{}<>*•]/g, ' '));
}

export function sameWording(a: string | null | undefined, b: string | null | undefined): boolean {
  return wordingKey(a) === wordingKey(b);
}

/** Syllables without accents: "Tòa án điện tử" → ["toa", "an", "dien", "tu"]. */
export function foldedSyllables(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const y of b) {
    const n = counts.get(y) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(y, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

const pairs = (syllables: readonly string[]): string[] =>
  syllables.slice(1).map((s, i) => `${syllables[i]} ${s}`);

/** A title read once for comparing: its folded syllables, their consecutive pairs, and the whole. */
export type TitleTokens = { syllables: string[]; pairs: string[]; folded: string };

export function titleTokens(title: string): TitleTokens {
  const syllables = foldedSyllables(title);
  return { syllables, pairs: pairs(syllables), folded: syllables.join(' ') };
}

/**
 * 0…1: how much two titles say the same. Vietnamese words are mostly two syllables, and common
 * syllables ("xây", "dựng", "án") are shared by unrelated tasks; counting consecutive pairs as well
 * as single syllables keeps "Xây dựng Đề án" apart from "Xây dựng cơ sở dữ liệu".
 */
export function tokenSimilarity(x: TitleTokens, y: TitleTokens): number {
  if (x.folded === y.folded) return 1;
  return (dice(x.syllables, y.syllables) + dice(x.pairs, y.pairs)) / 2;
}

export function titleSimilarity(a: string, b: string): number {
  return tokenSimilarity(titleTokens(a), titleTokens(b));
}

/** The pair half of the similarity alone: with the other half at most 1, a bound on the whole. */
export function pairDice(shared: number, x: TitleTokens, y: TitleTokens): number {
  if (x.pairs.length === 0 && y.pairs.length === 0) return 1;
  return (2 * shared) / (x.pairs.length + y.pairs.length);
}
