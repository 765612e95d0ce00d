import { randomBytes } from 'node:crypto';
import type { SqliteDatabase } from '../../db/connection';
import { medianMs } from './measure';

const STATUSES = ['received', 'awaiting-identity', 'in-progress', 'extended', 'responded', 'withdrawn'];
const REGIMES = ['gdpr', 'uk-gdpr', 'ccpa', 'lgpd', 'pipeda', 'ch-fadp'];
const TYPES = ['access', 'erasure', 'rectification', 'portability', 'objection', 'restriction'];

/** A table shaped like the request register, with the indexes the inbox needs. */
export function createRequestLikeTable(db: SqliteDatabase): void {
  db.exec(`
    CREATE TABLE bench_requests (
      id INTEGER PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      regime TEXT NOT NULL,
      type TEXT NOT NULL,
      status TEXT NOT NULL,
      received_at TEXT NOT NULL,
      due_date TEXT NOT NULL,
      subject_name TEXT NOT NULL,
      subject_email TEXT NOT NULL,
      description TEXT NOT NULL
    ) STRICT;
    CREATE INDEX bench_requests_status_due ON bench_requests (status, due_date);
    CREATE INDEX bench_requests_due ON bench_requests (due_date);
  `);
}

/** Inserts `count` rows in transactions of `batch`, deterministic content, random-looking text. */
export function insertRequestLikeRows(db: SqliteDatabase, count: number, batch: number): void {
  const insert = db.prepare(
    'INSERT INTO bench_requests (reference, regime, type, status, received_at, due_date, subject_name, subject_email, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const filler = randomBytes(96).toString('base64');
  const insertMany = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      insert.run(
        `2026-${String(i).padStart(6, '0')}`,
        REGIMES[i % REGIMES.length],
        TYPES[i % TYPES.length],
        STATUSES[i % STATUSES.length],
        `2026-${month}-${day}T09:00:00+01:00`,
        `2026-${month}-${day}`,
        `Subject ${i}`,
        `subject${i}@example.com`,
        `${filler} ${i}`,
      );
    }
  });
  for (let from = 0; from < count; from += batch) insertMany(from, Math.min(count, from + batch));
}

/** The inbox's reads: pages sorted by due date, counts per status, lookups by reference. */
export function mixedReadWorkload(db: SqliteDatabase, count: number): number {
  const page = db.prepare('SELECT * FROM bench_requests WHERE status = ? ORDER BY due_date LIMIT 50 OFFSET ?');
  const counts = db.prepare('SELECT status, count(*) AS n FROM bench_requests GROUP BY status');
  const lookup = db.prepare('SELECT * FROM bench_requests WHERE reference = ?');
  const search = db.prepare("SELECT id FROM bench_requests WHERE subject_email LIKE ? LIMIT 20");
  return medianMs(5, () => {
    for (let i = 0; i < 20; i++) page.all(STATUSES[i % STATUSES.length], (i * 500) % 10_000);
    for (let i = 0; i < 5; i++) counts.all();
    for (let i = 0; i < 200; i++) lookup.get(`2026-${String((i * 7919) % count).padStart(6, '0')}`);
    search.all('subject9999%');
  });
}
