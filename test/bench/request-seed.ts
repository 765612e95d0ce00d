import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SqliteDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { migrateToLatest } from '../../db/migrate';
import type { Database } from '../../db/schema';
import { upsertSetting } from '../../db/repositories/settings-repo';
import { addDays } from '../../electron/core/deadlines';
import { computeRequestDeadlines, deadlineColumns } from '../../electron/core/requests/request-deadlines';
import type { RequestType } from '../../electron/shared/requests';

const STATUSES = ['received', 'awaiting-identity', 'in-progress', 'extended', 'responded', 'responded', 'responded', 'withdrawn'];
const TYPES: RequestType[][] = [['access'], ['erasure'], ['rectification'], ['access', 'portability'], ['objection'], ['marketing-opt-out']];
const COMMITMENTS = { responseDays: 30, complexResponseDays: 60, acknowledgeDays: 2 };

/** The organisation and commitments every seeded vault has. */
export const SEED_SETTINGS = {
  'organisation.country': 'IT',
  'organisation.timeZone': 'Europe/Rome',
  'commitments.responseDays': COMMITMENTS.responseDays,
  'commitments.complexResponseDays': COMMITMENTS.complexResponseDays,
  'commitments.acknowledgeDays': COMMITMENTS.acknowledgeDays,
};

/**
 * Fills a migrated database with `count` GDPR requests received over the two years before
 * `today`, with deadlines from the real engine (computed once per receipt date and type set),
 * inserted in transactions of 1,000 through one prepared statement.
 */
export async function seedRequests(sqlite: SqliteDatabase, count: number, today: string): Promise<Kysely<Database>> {
  const db = createKysely(sqlite);
  await migrateToLatest(db);
  const at = new Date().toISOString();
  for (const [key, value] of Object.entries(SEED_SETTINGS)) {
    await upsertSetting(db, key, value, at);
  }
  const write = requestRowWriter(sqlite, today, at);
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) write(i);
  });
  for (let from = 0; from < count; from += 1000) batch(from, Math.min(count, from + 1000));
  return db;
}

/** One seeded request row: what {@link requestRowWriter} wrote. */
export interface SeededRequest {
  id: string;
  reference: string;
  types: RequestType[];
  received: string;
  status: string;
}

/** One seeded request as the services write it: its `requests` row (every column named) and its `request_types` rows. */
export interface RequestSeedRows {
  request: Record<string, string | number | null>;
  types: { request_id: string; type: RequestType }[];
  seeded: SeededRequest;
}

/**
 * Builds request number `i` of the seed (received over the two years before `today`, with
 * deadlines from the real engine, computed once per receipt date and type set): the one
 * seeder path the vault's and the team server's seeding both write from.
 */
export function requestSeedRows(today: string, at: string): (i: number) => RequestSeedRows {
  const cache = new Map<string, ReturnType<typeof computeRequestDeadlines>>();
  const seqByYear = new Map<number, number>();
  return (i: number) => {
    const received = addDays(today, -(i % 730));
    const types = TYPES[i % TYPES.length] as RequestType[];
    const key = `${received}|${types.join('+')}`;
    let deadlines = cache.get(key);
    if (!deadlines) {
      deadlines = computeRequestDeadlines(
        { regime: 'gdpr', types, receivedDate: received, jurisdiction: 'IT', extended: false, extensionNotifiedOn: null, complex: false, clockStops: [] },
        COMMITMENTS,
      );
      cache.set(key, deadlines);
    }
    const c = deadlineColumns(deadlines);
    const status = STATUSES[i % STATUSES.length] as string;
    const year = Number(received.slice(0, 4));
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const id = randomUUID();
    const reference = `${year}-${String(seq).padStart(6, '0')}`;
    const request = {
      id, reference, ref_year: year, ref_seq: seq, regime: 'gdpr', types: JSON.stringify(types), received_at: `${received}T09:00:00+01:00`, received_date: received,
      time_zone: 'Europe/Rome', jurisdiction: 'IT', channel: 'email', subject_name: `Subject ${i}`, subject_email: `subject${i}@example.com`, subject_phone: null,
      subject_address: null, requester_relation: 'self', requester_name: null, requester_email: null, under_16: 0, complex: 0,
      description: 'Please send me a copy of all the personal data you hold about me.', systems: '[]', identity_method: null, identity_requested_at: null,
      identity_verified_at: null, identity_outcome: 'pending', status, is_open: status === 'responded' || status === 'withdrawn' ? 0 : 1, outcome: null,
      refusal_ground: null, extension_reason: null, extended_at: null, acknowledged_at: null, closed_at: null, legal_due: c.legal_due,
      legal_extended_due: c.legal_extended_due, legal_binding_due: c.legal_binding_due, acknowledge_by: null, extension_notice_by: c.extension_notice_by,
      org_due: c.org_due, org_acknowledge_by: c.org_acknowledge_by, effective_due: c.effective_due, due_sort: c.due_sort, driven_by: c.driven_by,
      deadlines: c.deadlines, created_at: at, updated_at: at,
    };
    return { request, types: types.map((type) => ({ request_id: id, type })), seeded: { id, reference, types, received, status } };
  };
}

/**
 * Writes request number `i` of the seed (its row and its type rows, from {@link requestSeedRows})
 * through prepared statements; the caller decides the transactions.
 */
export function requestRowWriter(sqlite: SqliteDatabase, today: string, at: string): (i: number) => SeededRequest {
  const rows = requestSeedRows(today, at);
  let insert: ReturnType<SqliteDatabase['prepare']> | null = null;
  const insertType = sqlite.prepare('INSERT INTO request_types (request_id, type) VALUES (@request_id, @type)');
  return (i: number) => {
    const { request, types, seeded } = rows(i);
    const columns = Object.keys(request);
    insert ??= sqlite.prepare(`INSERT INTO requests (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`);
    insert.run(request);
    for (const type of types) insertType.run(type);
    return seeded;
  };
}
