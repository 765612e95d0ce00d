import { randomBytes } from 'node:crypto';
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
 * each cipher configuration, in one run: `cipher.<name>.insertOverPlain` is the median over
 * `rounds` of its time over the plain insert of the same round (a busy machine's drift
 * weighs on both sides). A cipher this build lacks is left out.
 */
export function cipherWorkload(dir: string, rows: number, rounds = 3): Record<string, number> {
  const key = randomBytes(32);
  const ratios = new Map<string, number[]>();
  const plains: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const plain = insertMs(openPlainDatabase(join(dir, `cipher-plain-${round}.db`)), rows);
    plains.push(plain);
    for (const cipher of CASES) {
      let ms: number;
      try {
        ms = insertMs(openWith(join(dir, `cipher-${cipher.name}-${round}.db`), key, cipher), rows);
      } catch {
        continue;
      }
      ratios.set(cipher.name, [...(ratios.get(cipher.name) ?? []), ms / plain]);
    }
  }
  key.fill(0);
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number;
  const figures: Record<string, number> = { 'cipher.plainInsertMs': median(plains) };
  for (const [name, values] of ratios) figures[`cipher.${name}.insertOverPlain`] = median(values);
  return figures;
}
