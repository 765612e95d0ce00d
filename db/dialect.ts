import { PostgresAdapter, sql, type QueryExecutorProvider } from 'kysely';

/** The two kinds of database DPO Desk runs on: the local encrypted vault, or a team server. */
export type DialectName = 'sqlite' | 'postgres';

/** Which dialect a Kysely instance (or a transaction of one) speaks. */
export function dialectOf(db: QueryExecutorProvider): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The resources that writers take in turn: the audit chain's head, and a year's references. */
export type SerialisedResource = 'audit-chain' | 'request-reference' | 'breach-reference';

/**
 * Makes writers of one resource take turns until the end of the current transaction, so a
 * "read the last one, write the next one" step (the audit chain's next link, the year's next
 * reference) never forks or repeats under concurrent writers. On a team server this is a
 * transaction-scoped advisory lock (released at commit or rollback, after the commit is
 * visible, so the next writer reads it); on the local vault there is one writer at a time
 * already and it does nothing. Call it inside a transaction, before the read.
 */
export async function serialiseWriters(trx: QueryExecutorProvider, resource: SerialisedResource, key = 0): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`dpo-desk:${resource}`}), ${key}::int4)`.execute(trx);
}

/**
 * Whether this connection has a temporary table of that name: the local vault's state
 * tracker keeps its queue in one. A team server's connections never do (state tracking
 * runs on the local vault only, for now).
 */
export async function connectionHasTempTable(trx: QueryExecutorProvider, name: string): Promise<boolean> {
  if (dialectOf(trx) !== 'sqlite') return false;
  const found = await sql<{ n: number }>`SELECT count(*) AS n FROM temp.sqlite_master WHERE name = ${name}`.execute(trx);
  return (found.rows[0]?.n ?? 0) > 0;
}
