import { afterEach, describe, expect, it } from 'vitest';
import { openPlainDatabase, type SqliteDatabase } from '../../../db/connection';
import { allCaseStates, stateKey } from './all-case-states';
import type { GroupSpec } from './state-sql';
import { EMPTY_STATE, groupStateHash } from './state-hash';
import { currentCaseRows } from './state-tracker';

/** Texts whose JSON escapes, sort order or encoding could make SQLite's canonical form differ from JavaScript's. */
const TEXTS = [
  '',
  'plain',
  'Niccolò "il DPO"',
  'back\\slash',
  'tab\there\nnew line\r\u0000\u0001\u001f\u007f',
  'line separators \u2028 \u2029',
  'emoji 😀 and more 𝄞',
  'private use \ue000 and \uffff and \ufffd',
  '{"looks":"like json"}',
  'null',
  '1.0',
];

/** Numbers SQLite writes differently from `JSON.stringify` (reals, integers beyond 2^53) and ones it writes the same. */
const NUMBERS = ['0', '-1', '42', '9007199254740991', '-9007199254740991', '9007199254740993', '9223372036854775807', '1.0', '0.1', '-0.25', '1e21', '2.5e-8'];

let sqlite: SqliteDatabase | undefined;
afterEach(() => sqlite?.close());

function database(): SqliteDatabase {
  const db = openPlainDatabase(':memory:');
  db.exec(`CREATE TABLE strict_rows (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, label TEXT, amount INTEGER, score REAL) STRICT;
    CREATE TABLE loose_rows (case_type TEXT, case_id TEXT, anything, other);
    CREATE TABLE single_rows (case_id TEXT PRIMARY KEY, label TEXT, amount INTEGER, score REAL) STRICT`);
  return db;
}

const strictSpec: GroupSpec = {
  table: 'strict_rows',
  group: 'strict_rows.all',
  columns: ['label', 'id', 'case_id', 'amount', 'score'],
  caseType: { literal: 'request' },
  caseId: 'case_id',
  holds: { label: 'text', id: 'integer', case_id: 'text', amount: 'integer', score: 'real' },
  oneRowPerCase: false,
};
/** A second field group of the same table: one scan serves both. */
const scoreSpec: GroupSpec = { ...strictSpec, group: 'strict_rows.score', columns: ['score', 'case_id'] };
const looseSpec: GroupSpec = { table: 'loose_rows', group: 'loose_rows.all', columns: ['other', 'anything', 'case_type', 'case_id'], caseType: { column: 'case_type' }, caseId: 'case_id', holds: {}, oneRowPerCase: false };
/** A table keyed by its case id, read unsorted (each row a case), in two field groups. */
const singleSpec: GroupSpec = {
  table: 'single_rows',
  group: 'single_rows.all',
  columns: ['label', 'case_id', 'amount', 'score'],
  caseType: { literal: 'request' },
  caseId: 'case_id',
  holds: { label: 'text', case_id: 'text', amount: 'integer', score: 'real' },
  oneRowPerCase: true,
};
const singleScoreSpec: GroupSpec = { ...singleSpec, group: 'single_rows.score', columns: ['score', 'case_id'] };
/** The same groups read the general way: sorted on the whole case key, each case's rows gathered. */
const sortedSpecs = [singleSpec, singleScoreSpec].map((spec): GroupSpec => ({ ...spec, holds: {}, oneRowPerCase: false }));

/** The reference: each case's rows as `json_object` text, canonicalised and hashed by `groupStateHash` (what the writer commits to). */
function reference(db: SqliteDatabase, spec: GroupSpec, keys: string[]): Map<string, string> {
  return new Map(keys.map((key) => [stateKey(key, spec.group), groupStateHash(currentCaseRows(db, spec, key))]));
}

describe('allCaseStates', () => {
  it('hashes every case exactly as the writer does, whatever the texts and numbers hold', () => {
    sqlite = database();
    const strict = sqlite.prepare('INSERT INTO strict_rows (case_id, label, amount, score) VALUES (?, ?, ?, ?)');
    TEXTS.forEach((text, i) => {
      strict.run(`case-${i % 4}`, text, i % 3 === 0 ? null : i, i % 2 === 0 ? null : i / 4);
      sqlite?.exec(`INSERT INTO loose_rows VALUES ('document', 'doc-${i % 3}', ${NUMBERS[i % NUMBERS.length]}, ${i % 2 === 0 ? 'NULL' : `'${text.replaceAll("'", "''")}'`})`);
    });
    NUMBERS.forEach((number, i) => {
      sqlite?.exec(`INSERT INTO loose_rows VALUES ('setting', 'n-${i}', ${number}, '${number}')`);
      if (!number.includes('.') && !number.includes('e')) sqlite?.exec(`INSERT INTO strict_rows (case_id, label, amount) VALUES ('case-n${i % 2}', NULL, ${number})`);
    });
    sqlite.exec(`INSERT INTO strict_rows (case_id, score) VALUES ('case-reals', 1.0), ('case-reals', 0.1), ('case-reals', 1e300), ('case-reals', -0.0)`);
    sqlite.exec(`INSERT INTO loose_rows VALUES (NULL, 'no-type', 1, 2), ('document', NULL, 1, 2)`);

    const states = allCaseStates(sqlite, [strictSpec, looseSpec, scoreSpec]);
    const strictKeys = (sqlite.prepare('SELECT DISTINCT case_id FROM strict_rows').pluck().all() as string[]).map((id) => `request:${id}`);
    const looseKeys = (sqlite.prepare('SELECT DISTINCT case_type || \':\' || case_id FROM loose_rows WHERE case_type IS NOT NULL AND case_id IS NOT NULL').pluck().all() as string[]);
    const expected = new Map([...reference(sqlite, strictSpec, strictKeys), ...reference(sqlite, scoreSpec, strictKeys), ...reference(sqlite, looseSpec, looseKeys)]);
    expect(states.size).toBe(2 * strictKeys.length + looseKeys.length);
    expect(Object.fromEntries(states)).toEqual(Object.fromEntries(expected));
    for (const hash of states.values()) expect(hash).not.toBe(EMPTY_STATE);
  });

  it('changes a case hash when any one of its values changes, and no other', () => {
    sqlite = database();
    const strict = sqlite.prepare('INSERT INTO strict_rows (case_id, label, amount, score) VALUES (?, ?, ?, ?)');
    strict.run('a', 'one', 1, 0.5);
    strict.run('a', 'two', 2, null);
    strict.run('b', 'three', 3, null);
    const before = allCaseStates(sqlite, [strictSpec]);
    for (const edit of [`label = 'one '`, 'amount = 9007199254740993', 'score = 0.50000000001', 'score = NULL', `label = NULL`]) {
      sqlite.exec('SAVEPOINT edit');
      sqlite.exec(`UPDATE strict_rows SET ${edit} WHERE label = 'one'`);
      const after = allCaseStates(sqlite, [strictSpec]);
      expect(after.get(stateKey('request:a', strictSpec.group)), edit).not.toBe(before.get(stateKey('request:a', strictSpec.group)));
      expect(after.get(stateKey('request:b', strictSpec.group)), edit).toBe(before.get(stateKey('request:b', strictSpec.group)));
      expect(after, edit).toEqual(reference(sqlite, strictSpec, ['request:a', 'request:b']));
      sqlite.exec('ROLLBACK TO edit; RELEASE edit');
    }
  });

  it('reads a table keyed by its case id unsorted, each row a case, with the states the sorted read gives, before and after each edit', () => {
    sqlite = database();
    const db = sqlite;
    const insert = db.prepare('INSERT INTO single_rows (case_id, label, amount, score) VALUES (?, ?, ?, ?)');
    TEXTS.forEach((text, i) => insert.run(`case-${i}`, text, i % 3 === 0 ? null : i, i % 2 === 0 ? null : i / 4));
    NUMBERS.filter((n) => !n.includes('.') && !n.includes('e')).forEach((number, i) => db.exec(`INSERT INTO single_rows (case_id, amount, score) VALUES ('n-${i}', ${number}, ${i}.0)`));
    const keys = () => (db.prepare('SELECT case_id FROM single_rows').pluck().all() as string[]).map((id) => `request:${id}`);
    const check = (what: string) => {
      const fast = allCaseStates(db, [singleSpec, singleScoreSpec]);
      expect(fast, what).toEqual(allCaseStates(db, sortedSpecs));
      expect(fast, what).toEqual(new Map([...reference(db, singleSpec, keys()), ...reference(db, singleScoreSpec, keys())]));
      return fast;
    };
    const before = check('as written');
    const edits = [
      { what: 'a value edited', sql: `UPDATE single_rows SET label = 'plain ' WHERE case_id = 'case-1'`, changed: 'request:case-1' },
      { what: 'a row deleted', sql: `DELETE FROM single_rows WHERE case_id = 'case-2'`, changed: 'request:case-2' },
      { what: 'a row added', sql: `INSERT INTO single_rows (case_id, label) VALUES ('case-new', 'x')`, changed: 'request:case-new' },
      { what: 'a big integer edited', sql: `UPDATE single_rows SET amount = amount + 2 WHERE amount = 9007199254740993`, changed: 'request:n-5' },
    ];
    for (const edit of edits) {
      db.exec('SAVEPOINT edit');
      db.exec(edit.sql);
      const after = check(edit.what);
      const differs = [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key));
      expect(differs, edit.what).toContain(stateKey(edit.changed, singleSpec.group));
      for (const key of differs) expect(key.startsWith(`${edit.changed}\n`), `${edit.what}: ${key}`).toBe(true);
      db.exec('ROLLBACK TO edit; RELEASE edit');
    }
  });
});
