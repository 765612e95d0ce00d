import type Sqlite from 'better-sqlite3-multiple-ciphers';
import { loadNativeSqlite } from './native-sqlite';
import { rawKeyLiteral } from './raw-key-literal';

export type SqliteDatabase = Sqlite.Database;

/** Why a database could not be opened: the key does not fit, or the file is not one of ours. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: 'not-a-database' | 'io',
    message: string,
    /** SQLite's or the file system's error code (SQLITE_CANTOPEN, EACCES…), when there is one. */
    readonly code: string = '',
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/**
 * Opens (or creates) an encrypted SQLite database with a raw 256-bit key; with `readonly`, a
 * connection that only reads an existing vault (its journal mode left as the writer set it).
 *
 * Cipher: SQLCipher 4 (AES-256-CBC, HMAC-SHA512 per page) as implemented by
 * SQLite3MultipleCiphers, a well-documented format. Pragmas: WAL for crash safety with
 * concurrent readers, `synchronous = FULL` so a committed transaction survives a power
 * cut, foreign keys on, a busy timeout for the CLI running beside the app.
 * The key buffer is not kept; the caller owns and zeroes it.
 *
 * Why SQLCipher 4 at its 4 KiB page (issue 16; `test/bench/cipher-vault-bench.ts` on one
 * vault of 100,000 requests and 1,000,000 audit events, CPU time, two alternating rounds):
 * the cipher is not where `audit verify` spends its time (page decryption, HMAC-SHA512 with
 * AES-NI, is some 13 to 18 % of its CPU: `perf`, and SQLite alone reading the 490 MB trail in
 * 2.0 s, 1.8 s under ChaCha20-Poly1305, 0.8 s under AEGIS; whole verify 12.7 s here,
 * ChaCha20 12.3 s, AEGIS 10.4 to 13.4 s, within the machine's noise). AEGIS alone would meet the insert target
 * (1.18 times plain against 1.5) and read the PDF report's rows in 2.4 s against 4.2 s, but
 * only SQLite3MultipleCiphers opens it, while any SQLCipher tool opens this file with the
 * key: a DPO's records must stay readable without this app. 16 KiB pages (still SQLCipher,
 * opened with `PRAGMA cipher_page_size = 16384`) verify a fifth faster (10.1 s) but insert
 * no cheaper (1.96 times plain, the ratios measured in wall time on a loaded machine) and make
 * the PDF report no faster; they would need the page size in the header and every vault
 * re-written: not taken. The insert ratio is 2.2 at 100,000 rows on an idle machine (`npm run
 * bench`, December 2026; CPU time, warm, 1.6 at 10,000 and 1.8 at 30,000: the 1.1 once measured
 * at 10,000 was the plain run, timed first, paying the warm-up): `perf` puts some 45 %
 * of the encrypted inserts' CPU in SQLite3MultipleCiphers' own SHA-512 (the page HMAC, in
 * software) and AES, each page encrypted when its WAL frame is written and again when a
 * checkpoint copies it into the file (its VFS decrypts the frame and encrypts it anew). A longer
 * checkpoint interval saves a fifth of it, not the ratio; only another cipher would.
 */
export function openEncryptedDatabase(path: string, key: Buffer, options: { create: boolean; readonly?: boolean }): SqliteDatabase {
  const Sqlite = loadNativeSqlite();
  let db: SqliteDatabase;
  try {
    db = new Sqlite(path, { fileMustExist: !options.create, readonly: options.readonly === true });
  } catch (error) {
    throw new DatabaseOpenError('io', error instanceof Error ? error.message : String(error), errorCode(error));
  }
  const literal = rawKeyLiteral(key);
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.key(literal);
    // The first read proves the key: a wrong key or a foreign file fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'SQLITE_NOTADB') {
      throw new DatabaseOpenError('not-a-database', 'The file is not a database that this key opens');
    }
    throw new DatabaseOpenError('io', error instanceof Error ? error.message : String(error), code);
  } finally {
    literal.fill(0);
  }
  if (options.readonly) applyReadPragmas(db);
  else applyPragmas(db);
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * Pragmas shared by both kinds of connection. Temporary tables and sort spills stay in
 * memory so no plaintext scratch file is ever written; a 32 MiB page cache keeps the
 * inbox's hot pages decrypted once rather than on every read.
 */
function applyPragmas(db: SqliteDatabase): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  applyReadPragmas(db);
}

/** The pragmas a read-only connection (a reader beside the app's own, e.g. `audit verify`'s worker) needs: no scratch file, the same cache. */
function applyReadPragmas(db: SqliteDatabase): void {
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -32768');
}

/** Opens an unencrypted database with the same pragmas; used only to measure the cost of encryption. */
export function openPlainDatabase(path: string): SqliteDatabase {
  const Sqlite = loadNativeSqlite();
  const db = new Sqlite(path);
  applyPragmas(db);
  return db;
}
