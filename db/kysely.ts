import { Kysely, SqliteDialect, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely';
import type { SqliteDatabase } from './connection';
import type { Database } from './schema';

/** What runs on a connection around its transactions. */
export interface CommitHooks {
  /** Runs before each transaction begins, outside it (the state tracker arms its triggers here, once). */
  beforeBegin?(): void;
  /**
   * Runs inside every transaction just before it commits, on the same connection (so its
   * writes commit with the transaction, and a throw rolls the transaction back).
   */
  beforeCommit(): void;
}

/** Kysely's SQLite driver with a hook before each commit; everything else is delegated. */
class HookedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly hooks: CommitHooks,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  acquireConnection(): Promise<DatabaseConnection> {
    return this.inner.acquireConnection();
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    this.hooks.beforeBegin?.();
    return this.inner.beginTransaction(connection, settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.hooks.beforeCommit();
    await this.inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

class HookedSqliteDialect extends SqliteDialect {
  constructor(
    database: SqliteDatabase,
    private readonly hooks: CommitHooks,
  ) {
    super({ database });
  }

  override createDriver(): Driver {
    return new HookedDriver(super.createDriver(), this.hooks);
  }
}

/**
 * Wraps an open SQLite connection in a typed Kysely instance. With `hooks`, every
 * transaction runs `beforeCommit` on its connection before it commits (the audit trail
 * uses it to seal the transaction's events with the state they produced).
 */
export function createKysely(sqlite: SqliteDatabase, hooks?: CommitHooks): Kysely<Database> {
  const dialect = hooks ? new HookedSqliteDialect(sqlite, hooks) : new SqliteDialect({ database: sqlite });
  return new Kysely<Database>({ dialect });
}
