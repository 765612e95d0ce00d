import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { readStoredSettings, upsertSetting } from '../../../db/repositories/settings-repo';
import { settingDefaults, settingKeys, settingSchemas, type SettingKey, type Settings, type SettingsPatch } from '../../shared/settings';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { JsonValue } from '../audit/canonical-json';
import { AppError, fieldIssue } from '../errors';
import { isKnownRegion } from '../reference/countries';
import { msg } from '../i18n';

/** All settings: stored values over the defaults. */
export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  const stored = await readStoredSettings(db);
  const settings: Record<string, unknown> = { ...settingDefaults };
  for (const key of settingKeys) {
    if (!stored.has(key)) continue;
    const parsed = settingSchemas[key].safeParse(stored.get(key));
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings as Settings;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Checks what a schema alone cannot: that the region has a holiday calendar and the zone exists. */
function checkCrossField(next: Settings): void {
  const country = next['organisation.country'];
  const subdivision = next['organisation.subdivision'];
  if (country && !isKnownRegion(country)) {
    throw new AppError('VALIDATION', msg('msg.error.settings.country', { country }), [fieldIssue('organisation.country', msg('msg.error.settings.country', { country }))]);
  }
  if (subdivision && !country) {
    throw new AppError('VALIDATION', msg('msg.error.settings.countryFirst'), [fieldIssue('organisation.subdivision', msg('msg.error.settings.countryFirst'))]);
  }
  if (country && subdivision && !isKnownRegion(country, subdivision)) {
    const detail = msg('msg.error.settings.subdivision', { subdivision, country });
    throw new AppError('VALIDATION', detail, [fieldIssue('organisation.subdivision', detail)]);
  }
  const zone = next['organisation.timeZone'];
  if (zone && !isTimeZone(zone)) {
    const detail = msg('msg.error.settings.timeZone', { zone });
    throw new AppError('VALIDATION', detail, [fieldIssue('organisation.timeZone', detail)]);
  }
}

/**
 * Applies a validated partial update: writes only the keys whose value changes and records
 * one audit event listing each change (from → to), in the same transaction.
 */
export async function updateSettings(db: Kysely<Database>, patch: SettingsPatch, actor: string, now: Date): Promise<Settings> {
  const current = await readSettings(db);
  const next = { ...current, ...patch } as Settings;
  checkCrossField(next);
  const changed = (Object.keys(patch) as SettingKey[]).filter((key) => JSON.stringify(current[key]) !== JSON.stringify(next[key]));
  if (changed.length === 0) return current;
  await db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    const changes: Record<string, JsonValue> = {};
    for (const key of changed) {
      await upsertSetting(trx, key, next[key], at);
      changes[key] = { from: current[key], to: next[key] };
    }
    await appendAuditEvent(trx, { actor, action: 'settings.updated', entityType: 'settings', data: { changes } }, now);
  });
  return next;
}
