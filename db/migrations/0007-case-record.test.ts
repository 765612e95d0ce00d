import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAt, insertRequestRow, type DatabaseAt } from '../../test/support/database-at';

let at: DatabaseAt | undefined;

afterEach(() => {
  at?.close();
  at = undefined;
});

describe('migration 0007: the case record', () => {
  it('computes the lateness of requests a database at 0006 already closed, in their own zone, and leaves open ones alone', async () => {
    at = await databaseAt('0006-request-status-check');
    // Closed on 5 April late evening in Rome (still 4 April in UTC): 3 days after the law's 2 April, 1 day before the commitment.
    await insertRequestRow(at.db, '0001', 'responded', { closedAt: '2026-04-04T22:30:00Z', legalDue: '2026-04-02', orgDue: '2026-04-06' });
    await insertRequestRow(at.db, '0002', 'withdrawn', { closedAt: '2026-03-10T09:00:00Z', legalDue: null, orgDue: null });
    await insertRequestRow(at.db, '0003', 'in-progress');

    await at.migrateTo('0007-case-record');

    const rows = await at.db.selectFrom('requests').select(['id', 'status', 'legal_days_late', 'org_days_late', 'voided_at']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: '0001', status: 'responded', legal_days_late: 3, org_days_late: 0, voided_at: null },
      { id: '0002', status: 'withdrawn', legal_days_late: null, org_days_late: null, voided_at: null },
      { id: '0003', status: 'in-progress', legal_days_late: null, org_days_late: null, voided_at: null },
    ]);
  });

  it('knows the void status, still refuses an unknown one, and keeps corrections with their request', async () => {
    at = await databaseAt('0006-request-status-check');
    await insertRequestRow(at.db, '0001', 'received');
    await at.migrateTo('0007-case-record');

    await sql`UPDATE requests SET status = 'void' WHERE id = '0001'`.execute(at.db);
    await expect(sql`UPDATE requests SET status = 'archived' WHERE id = '0001'`.execute(at.db)).rejects.toThrow('requests.status: unknown status');

    await sql`INSERT INTO request_changes (request_id, audit_seq, field, old_value, new_value) VALUES ('0001', 1, 'subjectName', 'Maria Rossi', 'Maria Bianchi')`.execute(at.db);
    await sql`DELETE FROM requests WHERE id = '0001'`.execute(at.db);
    const left = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM request_changes`.execute(at.db);
    expect(left.rows).toEqual([{ n: 0 }]);
  });
});
