import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { upsertSetting } from '../../../db/repositories/settings-repo';
import { DEFAULT_DEADLINE_PREFERENCES, deadlinePreferencesSchema, type DeadlinePreferences, type deadlinePreferencesPatchSchema } from '../../shared/reminders';
import type { z } from 'zod';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { JsonValue } from '../audit/canonical-json';

/** The settings row that holds the reminder lead times and the vault's retention period. */
export const PREFERENCES_KEY = 'deadlines.preferences';

/** A validated partial change of the preferences. */
export type DeadlinePreferencesPatch = z.output<typeof deadlinePreferencesPatchSchema>;

/**
 * The DPO's reminder and retention preferences: what is stored, over the defaults. A stored
 * value that no longer parses (a future version's shape) falls back to the defaults field by
 * field rather than failing the dashboard.
 */
export async function readDeadlinePreferences(db: Kysely<Database>): Promise<DeadlinePreferences> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', PREFERENCES_KEY).executeTakeFirst();
  const stored = row ? (JSON.parse(row.value) as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...DEFAULT_DEADLINE_PREFERENCES };
  for (const key of Object.keys(DEFAULT_DEADLINE_PREFERENCES) as (keyof DeadlinePreferences)[]) {
    const parsed = deadlinePreferencesSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) merged[key] = parsed.data;
  }
  return merged as DeadlinePreferences;
}

/** Applies a validated partial change and audits each changed field (from → to) in the same transaction. */
export async function updateDeadlinePreferences(db: Kysely<Database>, patch: DeadlinePreferencesPatch, actor: string, now: Date): Promise<DeadlinePreferences> {
  const current = await readDeadlinePreferences(db);
  const next: DeadlinePreferences = { ...current, ...patch };
  const changed = (Object.keys(patch) as (keyof DeadlinePreferences)[]).filter((key) => JSON.stringify(current[key]) !== JSON.stringify(next[key]));
  if (changed.length === 0) return current;
  await db.transaction().execute(async (trx) => {
    await upsertSetting(trx, PREFERENCES_KEY, next, now.toISOString());
    const changes: Record<string, JsonValue> = {};
    for (const key of changed) changes[key] = { from: current[key], to: next[key] };
    await appendAuditEvent(trx, { actor, action: 'deadlines.preferences-updated', entityType: 'settings', data: { changes } }, now);
  });
  return next;
}
