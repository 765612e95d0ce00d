import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openPlainDatabase, type SqliteDatabase } from '../../db/connection';
import { loadNativeSqlite } from '../../db/native-sqlite';
import { rawKeyLiteral } from '../../db/raw-key-literal';
import { createRequestLikeTable, insertRequestLikeRows } from './sqlite-workload';

/** One configuration of SQLite3MultipleCiphers to compare: its cipher and the pragmas it takes. */
interface CipherCase {
  name: string;
  pragmas: string[];
}

/**
 * The ciphers SQLite3MultipleCiphers offers (it has no AES-GCM), and SQLCipher 4 (the
 * vault's) at larger pages and with a longer WAL checkpoint interval.
 */
const CASES: CipherCase[] = [
  { name: 'sqlcipher4', pragmas: [`cipher = 'sqlcipher'`, 'legacy = 4'] },
  { name: 'sqlcipher4Page8k', pragmas: [`cipher = 'sqlcipher'`, 'legacy = 4', 'legacy_page_size = 8192'] },
  { name: 'sqlcipher4Page16k', pragmas: [`cipher = 'sqlcipher'`, 'legacy = 4', 'legacy_page_size = 16384'] },
  { name: 'sqlcipher4Checkpoint4000', pragmas: [`cipher = 'sqlcipher'`, 'legacy = 4'] },
  { name: 'chacha20', pragmas: [`cipher = 'chacha20'`] },
  { name: 'aes256cbc', pragmas: [`cipher = 'aes256cbc'`] },
  { name: 'ascon128', pragmas: [`cipher = 'ascon128'`] },
  { name: 'aegis', pragmas: [`cipher = 'aegis'`] },
];

function insertMs(db: SqliteDatabase, rows: number): number {
  createRequestLikeTable(db);
  const start = performance.now();
  insertRequestLikeRows(db, rows, 1_000);
  const ms = performance.now() - start;
  db.close();
  return ms;
}

/**
 * One pass over every row in stored order on a connection just opened (its page cache empty,
 * so every page is read and decrypted once, as `audit verify` reads the trail), in milliseconds.
 */
function scanMs(db: SqliteDatabase): number {
  const start = performance.now();
  let bytes = 0;
  for (const row of db.prepare('SELECT * FROM bench_requests ORDER BY id').raw().iterate() as IterableIterator<unknown[]>) bytes += row.length;
  const ms = performance.now() - start;
  db.close();
  if (bytes === 0) throw new Error('the scan read no rows');
  return ms;
}

/** The three figures of one database: insert and cold-scan times, file size. */
function measure(path: string, open: () => SqliteDatabase, rows: number): { insert: number; scan: number; bytes: number } {
  const insert = insertMs(open(), rows);
  return { insert, scan: scanMs(open()), bytes: statSync(path).size };
}

function openWith(path: string, key: Buffer, cipher: CipherCase): SqliteDatabase {
  const Sqlite = loadNativeSqlite();
  const db = new Sqlite(path);
  for (const pragma of cipher.pragmas) db.pragma(pragma);
  const literal = rawKeyLiteral(key);
  db.key(literal);
  literal.fill(0);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -32768');
  if (cipher.name.endsWith('Checkpoint4000')) db.pragma('wal_autocheckpoint = 4000');
  return db;
}

/**
 * The request-like insert workload of the SQLite figures, on a plain database and under
 * each cipher configuration, in one run, then one cold pass over the rows written:
 * `cipher.<name>.insertOverPlain` and `cipher.<name>.scanOverPlain` are the medians over
 * `rounds` of its time over the plain database's in the same round (a busy machine's drift
 * weighs on both sides), `cipher.<name>.fileOverPlain` the file's size over the plain one's.
 * A cipher this build lacks is left out.
 */
export function cipherWorkload(dir: string, rows: number, rounds = 3): Record<string, number> {
  const key = randomBytes(32);
  const ratios = new Map<string, number[]>();
  const plains: number[] = [];
  const add = (name: string, value: number) => ratios.set(name, [...(ratios.get(name) ?? []), value]);
  for (let round = 0; round < rounds; round++) {
    const plainPath = join(dir, `cipher-plain-${round}.db`);
    const plain = measure(plainPath, () => openPlainDatabase(plainPath), rows);
    plains.push(plain.insert);
    for (const cipher of CASES) {
      const path = join(dir, `cipher-${cipher.name}-${round}.db`);
      let figures: ReturnType<typeof measure>;
      try {
        figures = measure(path, () => openWith(path, key, cipher), rows);
      } catch {
        continue;
      }
      add(`${cipher.name}.insertOverPlain`, figures.insert / plain.insert);
      add(`${cipher.name}.scanOverPlain`, figures.scan / plain.scan);
      add(`${cipher.name}.fileOverPlain`, figures.bytes / plain.bytes);
    }
  }
  key.fill(0);
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number;
  const figures: Record<string, number> = { 'cipher.plainInsertMs': median(plains) };
  for (const [name, values] of ratios) figures[`cipher.${name}`] = median(values);
  return figures;
}
