import { sql, type Kysely, type Transaction, type TransactionBuilder } from 'kysely';
import { dialectOf } from '../../../db/dialect';
import type { Database } from '../../../db/schema';
import type { VersionedCase } from '../../shared/case-version';
import { VersionConflictError } from './version-conflict-error';

/** The case an edit is made on, and the version the editor read. */
export interface VersionExpectation {
  caseType: VersionedCase;
  /** The case's id or reference, as the API accepts either. */
  idOrReference: string;
  expectedVersion: number;
}

const TABLES = { request: 'requests', breach: 'breaches' } as const;

/**
 * Inside the edit's transaction: the case's stored version must still be the one the editor
 * read. Two editors of one version take turns and the second finds the first's version: on a
 * team server the row is locked until the transaction ends (`FOR UPDATE`); on the local vault
 * a write that changes nothing takes the vault's write lock first, so a second process (the
 * CLI beside the app) waits for the first to commit and then reads its version, instead of
 * reading a snapshot that its write would then fail on. A case that does not exist is left to
 * the service (its own NOT_FOUND).
 */
async function checkVersion(trx: Transaction<Database>, expected: VersionExpectation): Promise<void> {
  const table = sql.table(TABLES[expected.caseType]);
  const onServer = dialectOf(trx) === 'postgres';
  if (!onServer) await sql`UPDATE ${table} SET version = version WHERE id = ${expected.idOrReference} OR reference = ${expected.idOrReference}`.execute(trx);
  const lock = onServer ? sql` FOR UPDATE` : sql``;
  const found = await sql<{ id: string; version: number }>`
    SELECT id, version FROM ${table} WHERE id = ${expected.idOrReference} OR reference = ${expected.idOrReference}${lock}`.execute(trx);
  const row = found.rows[0];
  if (!row || row.version === expected.expectedVersion) return;
  const last = await trx
    .selectFrom('audit_events')
    .select(['actor', 'at'])
    .where('entity_type', '=', expected.caseType)
    .where('entity_id', '=', row.id)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  throw new VersionConflictError({
    caseType: expected.caseType,
    caseId: row.id,
    readVersion: expected.expectedVersion,
    currentVersion: row.version,
    changedBy: last?.actor ?? null,
    changedAt: last?.at ?? null,
  });
}

/** A transaction builder whose transaction first checks the version (once: the edit's own writes move it). */
function checkedBuilder(builder: TransactionBuilder<Database>, check: (trx: Transaction<Database>) => Promise<void>): TransactionBuilder<Database> {
  return new Proxy(builder, {
    get(target, property) {
      if (property === 'execute') {
        return <T>(callback: (trx: Transaction<Database>) => Promise<T>) =>
          target.execute(async (trx) => {
            await check(trx);
            return callback(trx);
          });
      }
      if (property === 'setIsolationLevel' || property === 'setAccessMode') {
        return (setting: never) => checkedBuilder(target[property](setting), check);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The database as an edit of one case sees it: the first transaction the service opens
 * checks, before anything else, that the case is still at the version the editor read, and
 * refuses the edit with a {@link VersionConflictError} when it is not. Services need not know:
 * they open their transaction as always. Without an expectation (a script that says "whatever
 * is there now") the database is returned as it is.
 */
export function versionCheckedDb(db: Kysely<Database>, expected: VersionExpectation | null): Kysely<Database> {
  if (expected === null) return db;
  let pending = true;
  const check = async (trx: Transaction<Database>): Promise<void> => {
    if (!pending) return;
    await checkVersion(trx, expected);
    pending = false;
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'transaction') return () => checkedBuilder(target.transaction(), check);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The expectation of an API input that may carry `expectedVersion`, or null when it does not. */
export function expectationOf(caseType: VersionedCase, input: { id: string; expectedVersion?: number | undefined }): VersionExpectation | null {
  return input.expectedVersion === undefined ? null : { caseType, idOrReference: input.id, expectedVersion: input.expectedVersion };
}
