import { randomBytes } from 'node:crypto';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type CompiledQuery } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../schema';
import { ConfidentialFieldsPlugin } from './confidential-fields-plugin';
import { UnsealableWriteError } from './seal-writes';

/** A Kysely that compiles PostgreSQL and runs nothing: what the plugin makes of each query. */
function compiler(key: Buffer | null) {
  const plugin = new ConfidentialFieldsPlugin((error) => new Error(`refused: ${error.problem}`));
  if (key) plugin.unlock(key);
  const db = new Kysely<Database>({
    dialect: { createAdapter: () => new PostgresAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (d) => new PostgresIntrospector(d), createQueryCompiler: () => new PostgresQueryCompiler() },
    plugins: [plugin],
  });
  return { db, plugin };
}

function parameters(query: CompiledQuery): unknown[] {
  return [...query.parameters];
}

describe('the confidential-fields plugin', () => {
  const key = randomBytes(32);

  it('seals confidential values of an insert, an upsert and an update by key, and nothing else', () => {
    const { db } = compiler(key);
    const note = db.insertInto('request_notes').values({ request_id: 'r1', at: '2026-04-10T08:00:00Z', author: 'ana', text: 'Called back' }).compile();
    expect(parameters(note).slice(0, 3)).toEqual(['r1', '2026-04-10T08:00:00Z', 'ana']);
    expect(parameters(note)[3]).toMatch(/^dpoenc:1:/);
    const draft = db
      .insertInto('letter_drafts')
      .values({ case_type: 'request', case_id: 'r1', kind: 'access', language: 'it', letter_date: null, inputs_json: '{}', body_json: null, updated_at: 'now', updated_by: 'ana' })
      .onConflict((oc) => oc.columns(['case_type', 'case_id', 'kind', 'language']).doUpdateSet({ inputs_json: '{"a":1}', updated_at: 'later' }))
      .compile();
    expect(parameters(draft).filter((p) => typeof p === 'string' && p.startsWith('dpoenc:1:'))).toHaveLength(2);
    expect(parameters(draft)).toContain(null);
    const update = db.updateTable('requests').set({ description: 'New text', status: 'responded' }).where('id', '=', 'r1').compile();
    expect(parameters(update)[0]).toMatch(/^dpoenc:1:/);
    expect(parameters(update).slice(1)).toEqual(['responded', 'r1']);
    const plain = db.updateTable('requests').set({ status: 'responded' }).where('status', '=', 'received').compile();
    expect(parameters(plain)).toEqual(['responded', 'received']);
  });

  it('refuses to write a confidential value it cannot bind to one row, or without the key', () => {
    const { db } = compiler(key);
    expect(() => db.updateTable('requests').set({ description: 'x' }).where('status', '=', 'received').compile()).toThrow(UnsealableWriteError);
    expect(() => db.updateTable('requests').set((eb) => ({ description: eb.ref('subject_name') })).where('id', '=', 'r1').compile()).toThrow(/an expression/);
    const locked = compiler(null).db;
    expect(() => locked.insertInto('request_notes').values({ request_id: 'r1', at: 'a', author: 'b', text: 'c' }).compile()).toThrow('refused: locked');
    expect(locked.updateTable('requests').set({ status: 'responded' }).where('id', '=', 'r1').compile().parameters).toEqual(['responded', 'r1']);
  });

  it('adds the row key a read leaves out, and opens what it selects, dropping the helper column', async () => {
    const { db, plugin } = compiler(key);
    const query = db.selectFrom('attachments').select(['file_name', 'content']).where('id', '=', 'a1');
    expect(query.compile().sql).toBe('select "file_name", "content", "attachments"."id" as "__dpo_key_0" from "attachments" where "id" = $1');
    const sealed = db.insertInto('attachments').values({ id: 'a1', request_id: 'r1', file_name: 'f', mime_type: 'text/plain', size: 1, sha256: 'x', content: Buffer.from('hello'), created_at: 'now' }).compile();
    const stored = parameters(sealed)[6];
    const compiled = query.compile();
    const opened = await plugin.transformResult({ queryId: compiled.queryId, result: { rows: [{ file_name: 'f', content: stored, __dpo_key_0: 'a1' }] } });
    expect(opened.rows).toEqual([{ file_name: 'f', content: Buffer.from('hello') }]);
    const joined = db.selectFrom('requests').innerJoin('request_clients', 'request_clients.request_id', 'requests.id').selectAll().compile();
    expect(joined.sql).toBe(
      'select *, "requests"."id" as "__dpo_key_0" from "requests" inner join "request_clients" on "request_clients"."request_id" = "requests"."id"',
    );
    await expect(plugin.transformResult({ queryId: compiled.queryId, result: { rows: [{ file_name: 'f', content: stored, __dpo_key_0: 'a2' }] } })).rejects.toThrow('refused: tampered');
  });
});
