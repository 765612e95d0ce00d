import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * The database's tables as Kysely sees them: the one source of row types.
 * Migrations are typed `Kysely<any>` so they stay frozen; everything else uses `Database`.
 */
export interface VaultMetaTable {
  key: string;
  value: string;
}

export interface SettingsTable {
  key: string;
  /** The value as JSON. */
  value: string;
  updated_at: string;
}

export interface AuditEventsTable {
  seq: Generated<number>;
  /** ISO 8601 instant (UTC). */
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  /** Canonical JSON of the event's details. */
  data: string;
  prev_hash: string;
  hash: string;
}

export interface Database {
  vault_meta: VaultMetaTable;
  settings: SettingsTable;
  audit_events: AuditEventsTable;
}

export type AuditEventRow = Selectable<AuditEventsTable>;
export type NewAuditEventRow = Insertable<AuditEventsTable>;
