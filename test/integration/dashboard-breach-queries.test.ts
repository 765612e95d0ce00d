import { randomUUID } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlainDatabase, type SqliteDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { migrateToLatest } from '../../db/migrate';
import { breachClocks } from '../../electron/core/dashboard/breach-clocks';
import { authorityDeadline } from '../../electron/shared/pure/breach-clock';

let sqlite: SqliteDatabase | undefined;

afterEach(() => {
  sqlite?.close();
  sqlite = undefined;
});

const NOW = new Date('2026-05-04T10:00:00Z');
const WINDOW = { today: '2026-05-04', timeZone: 'Europe/Rome' };

/** `count` open breaches, every third with roles recorded and a client to notify. */
function addOpenBreaches(db: SqliteDatabase, count: number): void {
  const insert = db.prepare(`INSERT INTO breaches (id, reference, ref_year, ref_seq, title, cause, description, aware_at, aware_utc, authority_deadline,
    systems, subject_categories, cross_border, other_authorities, processors, facts_draft, status, created_at, updated_at)
    VALUES (?, ?, 2026, ?, ?, 'human-error', '', ?, ?, ?, '[]', '[]', '[]', '[]', '[]', '{}', 'open', ?, ?)`);
  db.prepare("INSERT INTO clients (id, name, privacy_contact, request_days_basis, country, notes, created_at, updated_at) VALUES ('c-1', 'Acme', 'dpo@acme.example', 'calendar', 'IT', '', ?, ?)").run(NOW.toISOString(), NOW.toISOString());
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const aware = new Date(NOW.getTime() - (i + 1) * 3_600_000).toISOString();
    insert.run(id, `B-2026-${String(i + 1).padStart(3, '0')}`, i + 1, `Breach ${i}`, aware, aware, authorityDeadline(aware), NOW.toISOString(), NOW.toISOString());
    if (i % 3 === 0) {
      db.prepare('INSERT INTO breach_roles (breach_id, controller_side, nis2_significant) VALUES (?, 0, 0)').run(id);
      db.prepare('INSERT INTO breach_clients (breach_id, client_id, notice_hours) VALUES (?, ?, 24)').run(id, 'c-1');
    }
  }
}

async function queriesForOpenBreaches(count: number): Promise<{ queries: number; rows: number; clientClocks: number }> {
  sqlite?.close();
  sqlite = openPlainDatabase(':memory:');
  await migrateToLatest(createKysely(sqlite));
  addOpenBreaches(sqlite, count);
  let queries = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      queries++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const { rows } = await breachClocks(createKysely(sqlite).withPlugin(counter), NOW, WINDOW);
  return { queries, rows: rows.length, clientClocks: rows.filter((r) => r.otherClocks.some((c) => c.kind === 'gdpr-client')).length };
}

describe('Today’s breach block reads the roles of all open breaches at once', () => {
  it('runs as many queries for 30 open breaches as for 3, and still finds each client’s clock', async () => {
    const few = await queriesForOpenBreaches(3);
    const many = await queriesForOpenBreaches(30);
    expect(few).toMatchObject({ rows: 3, clientClocks: 1 });
    expect(many).toMatchObject({ rows: 30, clientClocks: 10 });
    expect(many.queries).toBe(few.queries);
  });
});
