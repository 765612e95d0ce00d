import { sql, type Kysely } from 'kysely';
import type { SqliteDatabase } from '../../../db/connection';
import { migrateToLatest, pendingMigrations } from '../../../db/migrate';
import type { Database } from '../../../db/schema';
import { allCaseStates } from './all-case-states';
import { appendAuditEvent } from './append-audit-event';
import { coveredGroups } from './state-sql';
import { EMPTY_STATE } from './state-hash';
import type { CaseStates, StateTracker } from './state-tracker';

/** The `vault_meta` key that says this vault's events commit to case states. */
const TRACKING_FLAG = 'state_tracking';

/** The action of the event that starts state commitments on a vault made before them. */
export const TRACKING_STARTED = 'audit.state-tracking-started';

/** What opening found, for {@link finishStateUpkeep}. */
export interface StateUpkeep {
  create: boolean;
  tracking: boolean;
  migrated: string[];
  before: Map<string, string> | null;
}

async function trackingFlag(db: Kysely<Database>): Promise<boolean> {
  const table = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'vault_meta'`.execute(db);
  if ((table.rows[0]?.n ?? 0) === 0) return false;
  return (await db.selectFrom('vault_meta').select('value').where('key', '=', TRACKING_FLAG).executeTakeFirst()) !== undefined;
}

/**
 * Brings the schema up to date and starts the state tracker. When migrations are about to
 * run on a vault whose events commit to case states, the states are taken first, so a
 * migration that rewrites covered columns can be recorded (see {@link finishStateUpkeep})
 * rather than look like tampering.
 */
export async function migrateTracked(db: Kysely<Database>, sqlite: SqliteDatabase, tracker: StateTracker, create: boolean): Promise<StateUpkeep> {
  const tracking = !create && (await trackingFlag(db));
  const migrated = create ? [] : await pendingMigrations(db);
  const before = tracking && migrated.length > 0 ? allCaseStates(sqlite, coveredGroups(sqlite)) : null;
  await migrateToLatest(db);
  tracker.install();
  return { create, tracking, migrated, before };
}

function diff(before: Map<string, string>, after: Map<string, string>): CaseStates {
  const states: CaseStates = {};
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(key) ?? EMPTY_STATE;
    const now = after.get(key) ?? EMPTY_STATE;
    if (was === now) continue;
    const [caseKey = '', group = ''] = key.split('\n');
    (states[caseKey] ??= {})[group] = [was, now];
  }
  return states;
}

/**
 * After the vault id is confirmed: a new vault is flagged as committing from its first
 * event; a vault made before state commitments gets one event that starts them (states
 * it held until then are taken as found); a migration that changed covered values gets one
 * event carrying those changes as commitments, before and after.
 */
export async function finishStateUpkeep(db: Kysely<Database>, sqlite: SqliteDatabase, upkeep: StateUpkeep, vaultId: string, now: Date): Promise<void> {
  const actor = 'dpo-desk';
  if (!upkeep.tracking) {
    if (!upkeep.create) await appendAuditEvent(db, { actor, action: TRACKING_STARTED, entityType: 'vault', entityId: vaultId }, now);
    await db.insertInto('vault_meta').values({ key: TRACKING_FLAG, value: now.toISOString() }).execute();
    return;
  }
  if (!upkeep.before) return;
  const states = diff(upkeep.before, allCaseStates(sqlite, coveredGroups(sqlite)));
  if (Object.keys(states).length === 0) return;
  const data = { migrations: upkeep.migrated, cases: Object.keys(states).length };
  await appendAuditEvent(db, { actor, action: 'vault.schema-upgraded', entityType: 'vault', entityId: vaultId, data, states }, now);
}
