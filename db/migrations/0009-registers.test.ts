import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAt, insertRequestRow, type DatabaseAt } from '../../test/support/database-at';

let at: DatabaseAt | undefined;

afterEach(() => {
  at?.close();
  at = undefined;
});

describe('migration 0009: the registers', () => {
  it('adds empty registers to a database at 0008 without touching its cases, and drops case links with their case', async () => {
    at = await databaseAt('0008-letter-dispatch');
    await insertRequestRow(at.db, '0001', 'in-progress');

    await at.migrateTo('0009-registers');

    const requests = await at.db.selectFrom('requests').select(['id', 'status']).execute();
    expect(requests).toEqual([{ id: '0001', status: 'in-progress' }]);
    const counts = await sql<{ activities: number; processors: number; measures: number }>`
      SELECT (SELECT COUNT(*) FROM register_activities) AS activities, (SELECT COUNT(*) FROM register_processors) AS processors,
        (SELECT COUNT(*) FROM register_measures) AS measures
    `.execute(at.db);
    expect(counts.rows).toEqual([{ activities: 0, processors: 0, measures: 0 }]);

    await sql`INSERT INTO case_register_links (case_type, case_id, kind, target_id) VALUES ('request', '0001', 'activity', 'act-1')`.execute(at.db);
    await sql`DELETE FROM requests WHERE id = '0001'`.execute(at.db);
    const links = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM case_register_links`.execute(at.db);
    expect(links.rows).toEqual([{ n: 0 }]);
  });

  it('keeps one measure per name whatever its case', async () => {
    at = await databaseAt('0008-letter-dispatch');
    await at.migrateTo('0009-registers');
    const { db } = at;
    const measure = (id: string, name: string) => sql`
      INSERT INTO register_measures (id, name, kind, description, created_at, updated_at)
      VALUES (${id}, ${name}, 'technical', 'At rest and in transit', '2026-03-02T09:00:00Z', '2026-03-02T09:00:00Z')
    `.execute(db);
    await measure('m-1', 'Encryption');
    await expect(measure('m-2', 'ENCRYPTION')).rejects.toThrow(/UNIQUE constraint failed: register_measures.name/);
  });
});
