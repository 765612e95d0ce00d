import { sql, type QueryExecutorProvider } from 'kysely';

/**
 * Moves each identity column's sequence past the largest id its table holds. Rows copied in
 * with their ids (a vault moving to the team server keeps its history rows' ids) do not
 * advance the sequences, and the next row added would otherwise collide with a copied one.
 */
export async function advanceIdentitySequences(db: QueryExecutorProvider): Promise<void> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES' ORDER BY table_name
  `.execute(db);
  for (const { table_name: table, column_name: column } of columns.rows) {
    await sql`
      SELECT setval(pg_get_serial_sequence(${table}, ${column}), max_id)
      FROM (SELECT max(${sql.ref(column)}) AS max_id FROM ${sql.table(table)}) AS m WHERE max_id IS NOT NULL
    `.execute(db);
  }
}
