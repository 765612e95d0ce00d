import type { SqliteDatabase } from '../../../db/connection';
import { auditEventHash, GENESIS_HASH } from './audit-hash';
import { canonicalJson, type JsonValue } from './canonical-json';
import { caseRowsSql, coveredGroups, trackingTriggers, type GroupSpec } from './state-sql';
import { groupStateHash } from './state-hash';

/** The `states` of an event: case key → field group → [state before, state after]. */
export type CaseStates = Record<string, Record<string, [string, string]>>;

interface PendingRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  data: string;
  states: string | null;
}

const TEMP_TABLES = [
  `CREATE TEMP TABLE IF NOT EXISTS audit_pending (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
     entity_type TEXT NOT NULL, entity_id TEXT, data TEXT NOT NULL, states TEXT)`,
  `CREATE TEMP TABLE IF NOT EXISTS state_touched (case_key TEXT NOT NULL, grp TEXT NOT NULL, PRIMARY KEY (case_key, grp)) WITHOUT ROWID`,
  `CREATE TEMP TABLE IF NOT EXISTS state_before (case_key TEXT NOT NULL, grp TEXT NOT NULL, row TEXT NOT NULL)`,
];

/** Splits `<caseType>:<caseId>` at the first colon (case types hold none; ids may). */
export function splitCaseKey(key: string): { caseType: string; caseId: string } {
  const at = key.indexOf(':');
  return { caseType: key.slice(0, at), caseId: key.slice(at + 1) };
}

/** The rows a case has now in one group, as JSON text. */
export function currentCaseRows(sqlite: SqliteDatabase, spec: GroupSpec, key: string): string[] {
  const { caseType, caseId } = splitCaseKey(key);
  if ('literal' in spec.caseType && spec.caseType.literal !== caseType) return [];
  const params = 'literal' in spec.caseType ? [caseId] : [caseId, caseType];
  return (sqlite.prepare(caseRowsSql(spec)).all(...params) as { row: string }[]).map((r) => r.row);
}

/**
 * Seals each transaction's audit events with the state of every case it changed.
 *
 * Services append events as before; inside a transaction they wait in a temporary table.
 * Temporary triggers, generated from `db/state-coverage.ts`, note each case and field group
 * a write touches and keep a copy of its rows as they were. Just before the transaction
 * commits, {@link flush} hashes each touched group before and after, puts the pairs that
 * differ into the last event's `states` (which its hash covers), chains the events and inserts them:
 * the change, its event and its commitment commit together or not at all. Everything
 * temporary lives in memory on this connection (temp_store = MEMORY), never in the vault.
 */
export class StateTracker {
  private specs = new Map<string, GroupSpec>();
  private armed = false;

  constructor(private readonly sqlite: SqliteDatabase) {}

  /** Reads the covered groups and creates the temporary tables; call once the schema is up to date. */
  install(): void {
    this.specs = new Map(coveredGroups(this.sqlite).map((spec) => [spec.group, spec]));
    this.sqlite.exec(TEMP_TABLES.join(';\n'));
  }

  /**
   * Creates the triggers, once, before the first write transaction (the commit hooks' `beforeBegin`):
   * a session that only reads (most CLI commands) never pays for them.
   */
  arm(): void {
    if (this.armed || this.specs.size === 0) return;
    this.armed = true;
    // One transaction for all the DDL: each statement on its own would commit and reload the schema.
    this.sqlite.exec(['BEGIN', ...trackingTriggers([...this.specs.values()]), 'COMMIT'].join(';\n'));
  }

  /** The commit hook: seals and inserts the transaction's pending events (see the class). */
  flush(): void {
    if (this.specs.size === 0) return;
    const pending = this.sqlite.prepare('SELECT * FROM temp.audit_pending ORDER BY seq').all() as PendingRow[];
    if (pending.length === 0) return;
    const states = this.touchedStates();
    const last = this.sqlite.prepare('SELECT seq, hash FROM main.audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const insert = this.sqlite.prepare(
      'INSERT INTO main.audit_events (seq, at, actor, action, entity_type, entity_id, data, prev_hash, hash, states) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    pending.forEach((row, index) => {
      const data = JSON.parse(row.data) as JsonValue;
      const given = row.states === null ? null : (JSON.parse(row.states) as JsonValue);
      const sealed = index === pending.length - 1 && Object.keys(states).length > 0 ? states : given;
      const hash = auditEventHash(prevHash, { seq: row.seq, at: row.at, actor: row.actor, action: row.action, entityType: row.entity_type, entityId: row.entity_id, data, states: sealed });
      insert.run(row.seq, row.at, row.actor, row.action, row.entity_type, row.entity_id, row.data, prevHash, hash, sealed === null ? null : canonicalJson(sealed));
      prevHash = hash;
    });
    this.sqlite.exec('DELETE FROM temp.audit_pending; DELETE FROM temp.state_touched; DELETE FROM temp.state_before;');
  }

  private touchedStates(): CaseStates {
    const touched = this.sqlite.prepare('SELECT case_key, grp FROM temp.state_touched ORDER BY case_key, grp').all() as { case_key: string; grp: string }[];
    const before = this.sqlite.prepare('SELECT row FROM temp.state_before WHERE case_key = ? AND grp = ?');
    const states: CaseStates = {};
    for (const { case_key: key, grp } of touched) {
      const spec = this.specs.get(grp);
      if (!spec) continue;
      const was = groupStateHash((before.all(key, grp) as { row: string }[]).map((r) => r.row));
      const now = groupStateHash(currentCaseRows(this.sqlite, spec, key));
      if (was === now) continue;
      (states[key] ??= {})[grp] = [was, now];
    }
    return states;
  }
}
