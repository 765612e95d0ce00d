import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../schema';
import { databaseAt, insertRequestRow, type DatabaseAt } from '../../test/support/database-at';

let at: DatabaseAt | undefined;

afterEach(() => {
  at?.close();
  at = undefined;
});

function insertDocument(db: Kysely<Database>, id: string, requestId: string) {
  return sql`
    INSERT INTO documents (id, case_type, case_id, kind, language, title, version, status, sha256, size, content, body_json, created_at, created_by)
    VALUES (${id}, 'request', ${requestId}, 'acknowledgement', 'it', 'Conferma di ricezione', 1, 'finalised', 'abc', 3, X'255044', '{}', '2026-03-02T10:00:00Z', 'dpo')
  `.execute(db);
}

describe('migration 0008: letters as things that are sent', () => {
  it('keeps the finalised documents of a database at 0007, with no letter date or recipient yet', async () => {
    at = await databaseAt('0007-case-record');
    await insertRequestRow(at.db, '0001', 'received');
    await insertDocument(at.db, 'doc-1', '0001');

    await at.migrateTo('0008-letter-dispatch');

    const rows = await sql<{ id: string; letter_date: string | null; recipient: string | null }>`SELECT id, letter_date, recipient FROM documents`.execute(at.db);
    expect(rows.rows).toEqual([{ id: 'doc-1', letter_date: null, recipient: null }]);
  });

  it('records sendings by the known channels only, and lets dispatches and drafts go with their document and case', async () => {
    at = await databaseAt('0007-case-record');
    await insertRequestRow(at.db, '0001', 'received');
    await insertDocument(at.db, 'doc-1', '0001');
    await at.migrateTo('0008-letter-dispatch');
    const { db } = at;

    const dispatch = (id: string, channel: string) => sql`
      INSERT INTO document_dispatches (id, document_id, sent_on, channel, recipient, recorded_at, recorded_by)
      VALUES (${id}, 'doc-1', '2026-03-03', ${channel}, 'Maria Rossi', '2026-03-03T09:00:00Z', 'dpo')
    `.execute(db);
    await dispatch('d-1', 'pec');
    await expect(dispatch('d-2', 'fax')).rejects.toThrow(/CHECK constraint failed/);
    await sql`
      INSERT INTO letter_drafts (case_type, case_id, kind, language, inputs_json, updated_at, updated_by)
      VALUES ('request', '0001', 'response', 'it', '{}', '2026-03-03T09:00:00Z', 'dpo')
    `.execute(at.db);

    await sql`DELETE FROM requests WHERE id = '0001'`.execute(at.db);
    const left = await sql<{ documents: number; dispatches: number; drafts: number }>`
      SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM document_dispatches) AS dispatches, (SELECT COUNT(*) FROM letter_drafts) AS drafts
    `.execute(at.db);
    expect(left.rows).toEqual([{ documents: 0, dispatches: 0, drafts: 0 }]);
  });
});
