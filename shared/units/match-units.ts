/**
 * Units named in an imported file against the registry. A unit with the same key is the registry's
 * own; one written with other accents, spacing or its full name ("… Tòa án nhân dân tối cao") is
 * proposed as the registry unit it resembles; a short name that several agencies' units share is
 * shown with each agency, and never merged by guess.
 */
import { type NormalizedUnitName, unitKey } from './unit-name';

export type RegistryUnit = { id: number; name: string; fullName: string; agency: string | null };
export type UnitMatch = {
  key: string;
  status: 'matched' | 'near' | 'new';
  unit: { id: number; name: string; agency: string | null } | null;
  alternatives: { id: number; name: string; agency: string | null }[];
};

/** Without any accent or tone mark, "đ" as "d": "Vu Tong hop". */
export function looseKey(text: string): string {
  return unitKey(text.replace(/[–—-]/g, ' ')).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

const brief = ({ id, name, agency }: RegistryUnit) => ({ id, name, agency });

export function matchUnits(
  named: readonly NormalizedUnitName[],
  registry: readonly RegistryUnit[],
): UnitMatch[] {
  const byKey = new Map<string, RegistryUnit[]>();
  const byLoose = new Map<string, RegistryUnit[]>();
  const add = (map: Map<string, RegistryUnit[]>, key: string, unit: RegistryUnit) => {
    const list = map.get(key) ?? [];
    if (!list.includes(unit)) list.push(unit);
    map.set(key, list);
  };
  for (const unit of registry) {
    add(byKey, unitKey(unit.name), unit);
    for (const text of [unit.name, unit.fullName]) add(byLoose, looseKey(text), unit);
  }
  return named.map((unit): UnitMatch => {
    const same = byKey.get(unit.key) ?? [];
    const exact = same.find((r) => unit.agency === null || r.agency === null || r.agency === unit.agency);
    if (exact) return { key: unit.key, status: 'matched', unit: brief(exact), alternatives: [] };
    const near = [
      ...(byLoose.get(looseKey(unit.name)) ?? []),
      ...(byLoose.get(looseKey(unit.fullName)) ?? []),
    ];
    const candidates = [...new Set([...same, ...near])];
    // The same short name in another agency ("Văn phòng" of TANDTC, of a ministry) is shown, never taken.
    if (same.length > 0 || candidates.length > 1) {
      return { key: unit.key, status: 'near', unit: null, alternatives: candidates.map(brief) };
    }
    if (candidates.length === 1)
      return { key: unit.key, status: 'near', unit: brief(candidates[0]!), alternatives: [] };
    return { key: unit.key, status: 'new', unit: null, alternatives: [] };
  });
}
