import { rmSync } from 'node:fs';
import type { SqliteDatabase } from '../../db/connection';
import { loadNativeSqlite } from '../../db/native-sqlite';
import { rawKeyLiteral } from '../../db/raw-key-literal';

/**
 * One way to store (and read) the same vault, for the cipher bench: the SQLite3MultipleCiphers
 * pragmas that set its cipher and page size before the key (none: a plain file), and the
 * pragmas a reading connection sets after it (cache, mmap).
 */
export interface VaultVariant {
  name: string;
  /** Cipher pragmas before the key; null for an unencrypted copy (the floor of every cost). */
  cipher: string[] | null;
  /** Pragmas after the key and the app's own, for the read only. */
  read?: string[];
  /** Stored as another variant is (a read setting over the same file): its name. */
  fileOf?: string;
}

/** The vault's cipher today: SQLCipher 4 at its default 4 KiB page. */
const SQLCIPHER4 = [`cipher = 'sqlcipher'`, 'legacy = 4'];

/** The variants the bench compares: SQLCipher 4 at three page sizes, the other authenticated ciphers, the read settings. */
export const VARIANTS: VaultVariant[] = [
  { name: 'plain', cipher: null },
  { name: 'sqlcipher4', cipher: SQLCIPHER4 },
  { name: 'sqlcipher4Page8k', cipher: [...SQLCIPHER4, 'legacy_page_size = 8192'] },
  { name: 'sqlcipher4Page16k', cipher: [...SQLCIPHER4, 'legacy_page_size = 16384'] },
  { name: 'chacha20', cipher: [`cipher = 'chacha20'`] },
  { name: 'aegis', cipher: [`cipher = 'aegis'`] },
  { name: 'sqlcipher4Cache256m', cipher: SQLCIPHER4, read: ['cache_size = -262144'], fileOf: 'sqlcipher4' },
  { name: 'sqlcipher4Mmap256m', cipher: SQLCIPHER4, read: ['mmap_size = 268435456'], fileOf: 'sqlcipher4' },
];

/** Opens a copy as the app opens its vault (WAL, FULL sync, 32 MiB cache), with the variant's cipher and read pragmas. */
export function openVariant(path: string, key: Buffer, variant: VaultVariant): SqliteDatabase {
  const Sqlite = loadNativeSqlite();
  const db = new Sqlite(path);
  if (variant.cipher) {
    for (const pragma of variant.cipher) db.pragma(pragma);
    const literal = rawKeyLiteral(key);
    db.key(literal);
    literal.fill(0);
  }
  for (const pragma of ['journal_mode = WAL', 'synchronous = FULL', 'foreign_keys = ON', 'temp_store = MEMORY', 'cache_size = -32768', 'busy_timeout = 5000', ...(variant.read ?? [])]) {
    db.pragma(pragma);
  }
  return db;
}

interface SchemaEntry {
  type: string;
  name: string;
  sql: string | null;
}

/**
 * Copies the vault at `source` (SQLCipher 4, the data key) into a new file at `target` stored
 * as `variant`, the way `sqlcipher_export` does: the target made with the variant's cipher, the
 * source attached with its own, every table created from its stored SQL and filled by one
 * `INSERT … SELECT`, then the indexes, views and triggers, the full-text index rebuilt from its
 * content table, the schema version copied and the statistics taken again.
 */
export function exportVariant(source: string, key: Buffer, target: string, variant: VaultVariant): void {
  rmSync(target, { force: true });
  const db = openVariant(target, key, { ...variant, read: [] });
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  try {
    for (const pragma of SQLCIPHER4) db.pragma(pragma);
    db.pragma('legacy_page_size = 4096');
    const literal = rawKeyLiteral(key);
    db.prepare('ATTACH DATABASE ? AS src KEY ?').run(source, literal.toString('latin1'));
    literal.fill(0);
    const entries = db.prepare(`SELECT type, name, sql FROM src.sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid`).all() as SchemaEntry[];
    const virtual = entries.filter((e) => e.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(e.sql ?? ''));
    const shadow = (name: string) => virtual.some((v) => name.startsWith(`${v.name}_`));
    const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
    db.transaction(() => {
      for (const e of entries.filter((x) => x.type === 'table' && !shadow(x.name))) db.exec(e.sql as string);
      for (const e of entries.filter((x) => x.type === 'table' && !shadow(x.name) && !virtual.includes(x))) {
        db.exec(`INSERT INTO main.${ident(e.name)} SELECT * FROM src.${ident(e.name)}`);
      }
      for (const v of virtual) db.exec(`INSERT INTO main.${ident(v.name)} (${ident(v.name)}) VALUES ('rebuild')`);
      for (const type of ['index', 'view', 'trigger']) for (const e of entries.filter((x) => x.type === type)) db.exec(e.sql as string);
      db.pragma(`user_version = ${Number(db.pragma('src.user_version', { simple: true }))}`);
    })();
    db.exec('DETACH DATABASE src');
    db.exec('ANALYZE');
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}
