/**
 * Units already in the registry that a newly typed name probably means: the same words once accents,
 * case, spacing and the agency ("… Tòa án nhân dân tối cao", "… TANDTC") are set aside.
 */
import { normalizeUnitName } from '../../../shared/units/unit-name';

type Named = { id: number; name: string; fullName?: string | null };

/** Agencies a unit name may end with, as written without accents. */
const AGENCY_SUFFIX =
  / (?:thuoc |cua )?(?:toa an nhan dan toi cao|tandtc|van phong chinh phu|vpcp|bo thong tin va truyen thong|bo tttt|bo tt tt)$/;

/** Letters only, no accents (đ = d), lower case, single spaces, the agency left out. */
function looseKey(text: string): string {
  const short = normalizeUnitName(text)?.name ?? text;
  return short
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(AGENCY_SUFFIX, '');
}

export function findNearUnits<U extends Named>(typed: string, units: readonly U[]): U[] {
  const key = looseKey(typed);
  if (key === '') return [];
  return units.filter(
    (u) => looseKey(u.name) === key || (u.fullName != null && looseKey(u.fullName) === key),
  );
}
