/**
 * The letterhead, number, signer and recipients, kept in the app settings as validated JSON.
 * A stored value that no longer validates (an older shape, a hand edit) gives way to the defaults
 * field by field, so a report can always be made.
 */
import type { z } from 'zod';
import {
  DEFAULT_REPORT_SETTINGS,
  type ReportSettings,
  reportSettingsSchema,
} from '../../shared/reports/report-schemas';
import type { PlanRepository } from '../storage/plan-repository';

export const REPORT_SETTINGS_KEY = 'report_settings';

type SettingsStore = Pick<PlanRepository, 'getSetting' | 'setSetting'>;

/**
 * Settings saved before the register kept the numbers had one symbol for every document
 * ("BC-BCĐ-TANDTC"): its body part ("BCĐ-TANDTC") is what the symbols are now made from.
 * Settings of that time also carry the letterhead and signer the user chose: they stay as they
 * were (the settings dialog warns if they do not belong together).
 */
function withEarlierFields(stored: Record<string, unknown>): Record<string, unknown> {
  if (stored.bodySymbol !== undefined || typeof stored.documentSymbol !== 'string') return stored;
  return { ...stored, bodySymbol: stored.documentSymbol.replace(/^(BC|TB)-/, '') };
}

export function loadReportSettings(store: SettingsStore): ReportSettings {
  const raw = store.getSetting(REPORT_SETTINGS_KEY);
  if (raw === null) return DEFAULT_REPORT_SETTINGS;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return DEFAULT_REPORT_SETTINGS;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_REPORT_SETTINGS;
  const values = withEarlierFields(stored as Record<string, unknown>);
  const merged: Record<string, unknown> = { ...DEFAULT_REPORT_SETTINGS };
  const shape = reportSettingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const field: z.ZodType = shape[key];
    const parsed = field.safeParse(values[key]);
    if (parsed.success) merged[key] = parsed.data;
  }
  return reportSettingsSchema.parse(merged);
}

export function saveReportSettings(store: SettingsStore, settings: ReportSettings): ReportSettings {
  const valid = reportSettingsSchema.parse(settings);
  store.setSetting(REPORT_SETTINGS_KEY, JSON.stringify(valid));
  return valid;
}
