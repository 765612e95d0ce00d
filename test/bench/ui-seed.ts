import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { SqliteDatabase } from '../../db/connection';
import { openEncryptedDatabase } from '../../db/connection';
import { authorityDeadline } from '../../electron/shared/pure/breach-clock';
import { allCaseStates } from '../../electron/core/audit/all-case-states';
import { auditEventHash } from '../../electron/core/audit/audit-hash';
import { canonicalJson, type JsonValue } from '../../electron/core/audit/canonical-json';
import { coveredGroups } from '../../electron/core/audit/state-sql';
import { EMPTY_STATE } from '../../electron/core/audit/state-hash';
import { sha256Text } from '../../electron/core/audit/text-hash';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { seedRequests } from './request-seed';

const HOUR_MS = 3_600_000;
const BATCH = 5_000;
const NOTE = 'Called the data subject to confirm the scope of the request.';

/** The size of the vault the UI bench opens. */
export interface UiVaultScale {
  requests: number;
  breaches: number;
  /** Audit events in the trail (at least one per case). */
  events: number;
}

/** A seeded vault and a few of its cases to open. */
export interface UiVault {
  dir: string;
  /** Open requests (the inbox shows them by default), to open and to search for. */
  requests: { id: string; reference: string; subject: string }[];
  breaches: { id: string; reference: string }[];
  events: number;
}

interface CaseRef {
  kind: 'request' | 'breach';
  id: string;
  reference: string;
}

function seedBreaches(sqlite: SqliteDatabase, count: number, now: Date): void {
  const at = now.toISOString();
  const insert = sqlite.prepare(`INSERT INTO breaches (id, reference, ref_year, ref_seq, title, cause, description, aware_at, aware_utc, authority_deadline,
    systems, subject_categories, cross_border, other_authorities, processors, facts_draft, status, closed_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 'human-error', '', ?, ?, ?, '[]', '[]', '[]', '[]', '[]', '{}', ?, ?, ?, ?)`);
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const open = i % 10 === 0;
      const aware = new Date(now.getTime() - (open ? (i % 120) + 1 : 24 * ((i % 730) + 5)) * HOUR_MS);
      const status = open ? (['open', 'assessed', 'notified'][i % 3] as string) : 'closed';
      const year = aware.getUTCFullYear();
      insert.run(randomUUID(), `B-${year}-${String(i + 1).padStart(4, '0')}`, year, i + 1, `Bench breach ${i}`, aware.toISOString(), aware.toISOString(),
        authorityDeadline(aware.toISOString()), status, open ? null : new Date(aware.getTime() + 30 * 24 * HOUR_MS).toISOString(), at, at);
    }
  })();
}

/**
 * The events a trail of `total` events holds for `cases`, in order: each case's creation
 * first (as the create services record it, with the facts they keep), then notes spread
 * over the cases (as `request.note-added` records them: the note's hash, never its text).
 */
function* plannedEvents(cases: CaseRef[], total: number): Generator<{ ref: CaseRef; action: string; data: Record<string, JsonValue>; reason: string | null; created: boolean }> {
  for (const ref of cases) {
    const data: Record<string, JsonValue> = ref.kind === 'request' ? { to: 'received', reference: ref.reference, regime: 'gdpr', channel: 'email' } : { to: 'open', reference: ref.reference };
    yield { ref, action: `${ref.kind}.created`, data, reason: null, created: true };
  }
  const reasonSha256 = sha256Text(NOTE);
  for (let i = cases.length; i < total; i++) {
    const ref = cases[i % cases.length] as CaseRef;
    yield { ref, action: `${ref.kind}.note-added`, data: { reasonSha256 }, reason: NOTE, created: false };
  }
}

/**
 * Writes the case histories and the hash-chained audit events the services would have
 * written for every seeded case: the history rows first (they are part of the cases'
 * committed state), then the chain, each creation event committing to its case's state as
 * it stands, so `audit verify` checks every case against the trail.
 */
function seedTrail(sqlite: SqliteDatabase, cases: CaseRef[], total: number, now: Date): number {
  const last = sqlite.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
  const at = now.toISOString();
  const history = {
    request: sqlite.prepare('INSERT INTO request_history (request_id, audit_seq, at, actor, action, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)'),
    breach: sqlite.prepare('INSERT INTO breach_history (breach_id, audit_seq, at, actor, action, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)'),
  };
  const planned = () => plannedEvents(cases, Math.max(total, cases.length));
  let seq = last.seq;
  let batch: (() => void)[] = [];
  const flush = () => {
    sqlite.transaction(() => batch.forEach((run) => run()))();
    batch = [];
  };
  for (const event of planned()) {
    const eventSeq = ++seq;
    batch.push(() => history[event.ref.kind].run(event.ref.id, eventSeq, at, 'bench', event.action, event.created ? (event.data.to as string) : null, event.reason));
    if (batch.length >= BATCH) flush();
  }
  flush();
  const states = new Map<string, Record<string, [string, string]>>();
  for (const [key, hash] of allCaseStates(sqlite, coveredGroups(sqlite))) {
    const [caseKey = '', group = ''] = key.split('\n');
    let groups = states.get(caseKey);
    if (!groups) states.set(caseKey, (groups = {}));
    groups[group] = [EMPTY_STATE, hash];
  }
  const insert = sqlite.prepare('INSERT INTO audit_events (seq, at, actor, action, entity_type, entity_id, data, prev_hash, hash, states) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  let prevHash = last.hash;
  seq = last.seq;
  for (const event of planned()) {
    const caseKey = `${event.ref.kind}:${event.ref.id}`;
    const caseStates = event.created ? states.get(caseKey) : undefined;
    if (caseStates) states.delete(caseKey);
    const committed: JsonValue = caseStates ? { [caseKey]: caseStates } : null;
    const fields = { seq: ++seq, at, actor: 'bench', action: event.action, entityType: event.ref.kind, entityId: event.ref.id, data: event.data, states: committed };
    const hash = auditEventHash(prevHash, fields);
    const row = [fields.seq, at, 'bench', event.action, event.ref.kind, event.ref.id, canonicalJson(event.data), prevHash, hash, committed === null ? null : canonicalJson(committed)];
    batch.push(() => insert.run(...row));
    prevHash = hash;
    if (batch.length >= BATCH) flush();
  }
  flush();
  if (states.size > 0) {
    const committed = Object.fromEntries(states) as JsonValue;
    const fields = { seq: ++seq, at, actor: 'bench', action: 'settings.updated', entityType: 'settings', entityId: null, data: {}, states: committed };
    insert.run(fields.seq, at, 'bench', fields.action, fields.entityType, null, '{}', prevHash, auditEventHash(prevHash, fields), canonicalJson(committed));
  }
  return seq;
}

/**
 * Makes a vault through the real session (keys, header, schema) and fills its database
 * with `scale` requests, breaches, their histories and a verifiable audit trail, written
 * row by row as the services write them but without their per-call overhead.
 */
export async function seedUiVault(dir: string, scale: UiVaultScale, passphrase: string, today: string): Promise<UiVault> {
  const session = new VaultSession({ dir: join(dir, 'vault'), actor: 'bench' });
  await session.create(passphrase);
  await session.lock();
  const key = await unwrapDataKey(readVaultHeader(session.files.header), 'passphrase', passphrase);
  const sqlite = openEncryptedDatabase(session.files.database, key, { create: false });
  key.fill(0);
  // Seeding only: a crash here loses a throwaway vault, so the commits need not wait for the disk.
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  try {
    const db = await seedRequests(sqlite, scale.requests, today);
    seedBreaches(sqlite, scale.breaches, new Date(`${today}T12:00:00Z`));
    const requests = sqlite.prepare('SELECT id, reference, subject_name AS subject, is_open AS open FROM requests ORDER BY rowid').all() as (UiVault['requests'][number] & { open: number })[];
    const breaches = sqlite.prepare('SELECT id, reference FROM breaches ORDER BY rowid').all() as UiVault['breaches'];
    const cases: CaseRef[] = [...requests.map((r) => ({ kind: 'request' as const, id: r.id, reference: r.reference })), ...breaches.map((b) => ({ kind: 'breach' as const, ...b }))];
    const events = seedTrail(sqlite, cases, scale.events, new Date());
    // The app's `PRAGMA optimize` at each close re-analyses the tables that grew much since
    // their statistics were taken; a vault filled at once keeps those of the empty vault made
    // above (one audit event), with which SQLite read the whole trail for every page `audit
    // verify` asked of it. Leave the statistics as a vault grown through the app has them.
    sqlite.exec('ANALYZE');
    await db.destroy();
    const pick = <T>(list: T[]) => [0.13, 0.37, 0.61, 0.89, 0.97].map((f) => list[Math.floor(f * list.length)] as T);
    const open = requests.filter((r) => r.open === 1).map(({ id, reference, subject }) => ({ id, reference, subject }));
    return { dir: session.files.dir, requests: pick(open), breaches: pick(breaches), events };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
