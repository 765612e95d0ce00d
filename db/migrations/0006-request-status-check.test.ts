import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAt, insertRequestRow as insertRequest, type DatabaseAt } from '../../test/support/database-at';

let at: DatabaseAt | undefined;

afterEach(() => {
  at?.close();
  at = undefined;
});

describe('migration 0006: the database checks requests.status', () => {
  it('keeps the requests of a database at 0005 and then refuses an unknown status on insert and update', async () => {
    at = await databaseAt('0005-deadlines');
    const { db, migrator } = at;
    await insertRequest(db, '0001', 'in-progress');
    await insertRequest(db, '0002', 'archived');

    const { error } = await migrator.migrateToLatest();
    expect(error).toBeUndefined();

    const rows = await db.selectFrom('requests').select(['id', 'status']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: '0001', status: 'in-progress' },
      { id: '0002', status: 'archived' },
    ]);
    await expect(insertRequest(db, '0003', 'archived')).rejects.toThrow('requests.status: unknown status');
    await expect(sql`UPDATE requests SET status = 'done' WHERE id = '0001'`.execute(db)).rejects.toThrow('requests.status: unknown status');
  });

  it('lets every known status in', async () => {
    at = await databaseAt('0005-deadlines');
    const { db, migrator } = at;
    await migrator.migrateToLatest();
    const statuses = ['received', 'awaiting-identity', 'in-progress', 'extended', 'responded', 'withdrawn'];
    for (const [i, status] of statuses.entries()) await insertRequest(db, String(i + 1).padStart(4, '0'), status);
    await sql`UPDATE requests SET status = 'responded' WHERE id = '0001'`.execute(db);
    const rows = await db.selectFrom('requests').select('status').orderBy('id').execute();
    expect(rows.map((row) => row.status)).toEqual(['responded', ...statuses.slice(1)]);
  });
});
