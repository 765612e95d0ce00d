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

/**
 * Writes request number `i` of the seed (its row and its type rows) through prepared
 * statements, with deadlines from the real engine; the caller decides the transactions.
 */
export function requestRowWriter(sqlite: SqliteDatabase, today: string, at: string): (i: number) => SeededRequest {
  const cache = new Map<string, ReturnType<typeof computeRequestDeadlines>>();
  const insert = sqlite.prepare(`INSERT INTO requests (id, reference, ref_year, ref_seq, regime, types, received_at, received_date, time_zone, jurisdiction, channel,
    subject_name, subject_email, subject_phone, subject_address, requester_relation, requester_name, requester_email, under_16, complex, description, systems,
    identity_method, identity_requested_at, identity_verified_at, identity_outcome, status, is_open, outcome, refusal_ground, extension_reason, extended_at,
    acknowledged_at, closed_at, legal_due, legal_extended_due, legal_binding_due, acknowledge_by, extension_notice_by, org_due, org_acknowledge_by, effective_due, due_sort, driven_by, deadlines, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'gdpr', ?, ?, ?, 'Europe/Rome', 'IT', 'email', ?, ?, NULL, NULL, 'self', NULL, NULL, 0, 0, ?, '[]',
    NULL, NULL, NULL, 'pending', ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertType = sqlite.prepare('INSERT INTO request_types (request_id, type) VALUES (?, ?)');
  const seqByYear = new Map<number, number>();
  return (i: number) => {
    const received = addDays(today, -(i % 730));
    const types = TYPES[i % TYPES.length] as RequestType[];
    const key = `${received}|${types.join('+')}`;
    let deadlines = cache.get(key);
    if (!deadlines) {
      deadlines = computeRequestDeadlines(
        { regime: 'gdpr', types, receivedDate: received, jurisdiction: 'IT', extended: false, complex: false, clockStops: [] },
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
    insert.run(
      id, reference, year, seq, JSON.stringify(types), `${received}T09:00:00+01:00`, received,
      `Subject ${i}`, `subject${i}@example.com`, 'Please send me a copy of all the personal data you hold about me.',
      status, status === 'responded' || status === 'withdrawn' ? 0 : 1, c.legal_due, c.legal_extended_due, c.legal_binding_due, c.extension_notice_by, c.org_due,
      c.org_acknowledge_by, c.effective_due, c.due_sort, c.driven_by, c.deadlines, at, at,
    );
    for (const type of types) insertType.run(id, type);
    return { id, reference, types, received, status };
  };
}
