import { sql, type QueryExecutorProvider } from 'kysely';
import type { Database } from './schema';

/** How a table is read for copying: its primary key (the order of its pages), and a column that points at a row of the same table. */
interface CopySpec {
  key: readonly string[];
  /** A row must arrive after the row it points at (a sub-processor after its processor). */
  parent?: string;
  /** Rows the target already holds under the same key stay as they are (a new vault's own id and flags). */
  keepExisting?: true;
}

/**
 * Every table of the schema, in an order where each row arrives after the rows it refers to
 * (clients before the requests held for them, requests before their history…). Typed over
 * `Database`, so a table added to the schema and not here is a compile error: a move between
 * the vault and a team server never leaves a table behind.
 */
const TABLES: Record<keyof Database, CopySpec> = {
  vault_meta: { key: ['key'], keepExisting: true },
  settings: { key: ['key'] },
  audit_events: { key: ['seq'] },
  clients: { key: ['id'] },
  requests: { key: ['ref_year', 'ref_seq'] },
  request_types: { key: ['request_id', 'type'] },
  request_clock_stops: { key: ['id'] },
  request_history: { key: ['id'] },
  request_changes: { key: ['id'] },
  request_notes: { key: ['id'] },
  request_clients: { key: ['request_id'] },
  attachments: { key: ['id'] },
  breaches: { key: ['id'] },
  breach_actions: { key: ['id'] },
  breach_notifications: { key: ['id'] },
  breach_history: { key: ['id'] },
  breach_clients: { key: ['breach_id', 'client_id'] },
  breach_roles: { key: ['breach_id'] },
  documents: { key: ['id'] },
  document_dispatches: { key: ['id'] },
  letter_drafts: { key: ['case_type', 'case_id', 'kind', 'language'] },
  reminders_fired: { key: ['id'] },
  notifications: { key: ['id'] },
  retention_rules: { key: ['id'] },
  register_measures: { key: ['id'] },
  register_processors: { key: ['id'], parent: 'parent_id' },
  register_transfers: { key: ['id'] },
  register_activities: { key: ['id'] },
  register_links: { key: ['activity_id', 'kind', 'target_id'] },
  case_register_links: { key: ['case_type', 'case_id', 'kind', 'target_id'] },
} satisfies { [T in keyof Database]: CopySpec & { key: readonly (keyof Database[T] & string)[]; parent?: keyof Database[T] & string } };

/** The tables in copy order. */
export const COPY_TABLES = Object.keys(TABLES) as (keyof Database)[];

type Row = Record<string, unknown>;

/** What a copy does to each row on its way (seal the confidential columns into a team database, open them out of one); by default nothing. */
export type RowTransform = (table: keyof Database, row: Row) => Row;

/** Rows per page: under both dialects' limits on bound parameters (the widest table has some 60 columns), fewer where a row holds a file. */
function pageSize(table: keyof Database): number {
  return table === 'documents' || table === 'attachments' ? 20 : 250;
}

/** How many rows a table holds. */
export async function countRows(db: QueryExecutorProvider, table: keyof Database): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

function keyColumns(table: keyof Database) {
  return sql.join(TABLES[table].key.map((column) => sql.ref(column)));
}

async function readPage(db: QueryExecutorProvider, table: keyof Database, page: { offset: number; limit: number } | 'all'): Promise<Row[]> {
  const range = page === 'all' ? sql`` : sql`LIMIT ${page.limit} OFFSET ${page.offset}`;
  const result = await sql<Row>`SELECT * FROM ${sql.table(table)} ORDER BY ${keyColumns(table)} ${range}`.execute(db);
  return result.rows;
}

async function insertRows(db: QueryExecutorProvider, table: keyof Database, rows: Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const values = rows.map((row) => sql`(${sql.join(columns.map((column) => row[column]))})`);
  const keep = TABLES[table].keepExisting ? sql`ON CONFLICT (${keyColumns(table)}) DO NOTHING` : sql``;
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))}) VALUES ${sql.join(values)} ${keep}`.execute(db);
}

/** Parents before children, for a table whose rows point at rows of the same table (a handful of rows: read whole). */
function parentsFirst(rows: Row[], key: string, parent: string): Row[] {
  const placed = new Set<unknown>();
  const ordered: Row[] = [];
  let rest = rows;
  while (rest.length > 0) {
    const ready = rest.filter((row) => row[parent] === null || placed.has(row[parent]) || !rows.some((other) => other[key] === row[parent]));
    if (ready.length === 0) return [...ordered, ...rest];
    for (const row of ready) placed.add(row[key]);
    ordered.push(...ready);
    rest = rest.filter((row) => !ready.includes(row));
  }
  return ordered;
}

/**
 * Copies one table's rows, every column as stored (texts, numbers, files' bytes), page by
 * page, into the same table of another database (of either dialect). Run it inside the
 * target's transaction. Calls `progress` after each page with the rows copied so far.
 * `transform` changes each row read before it is written (see {@link RowTransform}).
 */
export async function copyTable(
  from: QueryExecutorProvider,
  to: QueryExecutorProvider,
  table: keyof Database,
  progress: (copied: number) => void,
  transform: RowTransform = (_table, row) => row,
): Promise<number> {
  const spec = TABLES[table];
  if (spec.parent) {
    const all = (await readPage(from, table, 'all')).map((row) => transform(table, row));
    const ordered = parentsFirst(all, spec.key[0] ?? 'id', spec.parent);
    for (let i = 0; i < ordered.length; i += pageSize(table)) await insertRows(to, table, ordered.slice(i, i + pageSize(table)));
    progress(ordered.length);
    return ordered.length;
  }
  let copied = 0;
  for (;;) {
    const rows = await readPage(from, table, { offset: copied, limit: pageSize(table) });
    await insertRows(
      to,
      table,
      rows.map((row) => transform(table, row)),
    );
    copied += rows.length;
    progress(copied);
    if (rows.length < pageSize(table)) return copied;
  }
}
