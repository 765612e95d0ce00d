import { sql, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import { dialectOf } from './dialect';

/**
 * SQL the services share whose words differ between the local vault (SQLite) and a team
 * server (PostgreSQL). Services build queries with these and never ask which dialect they
 * are on; everything else they write is common SQL.
 */

/** Escapes LIKE wildcards so a search for "50%" finds "50%" (the escape is a backslash). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `column` contains the pattern (made by {@link likePattern}), ignoring case: SQLite's LIKE
 * already ignores case (ASCII); PostgreSQL's does not, so there it is ILIKE, which the
 * team database's `pg_trgm` indexes serve.
 */
export function containsIgnoringCase(db: QueryExecutorProvider, column: string, pattern: string): RawBuilder<boolean> {
  return dialectOf(db) === 'postgres' ? sql<boolean>`${sql.ref(column)} ILIKE ${pattern} ESCAPE '\\'` : sql<boolean>`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'`;
}

const REQUEST_SEARCH_COLUMNS = ['requests.reference', 'requests.subject_name', 'requests.subject_email', 'requests.requester_name'] as const;

/**
 * A request whose reference, person's name or e-mail, or requester's name contains the text,
 * ignoring case; for texts of three characters or more (a trigram needs three). The vault
 * asks its trigram FTS5 index (the text as one phrase); a team server ILIKE over the four
 * columns, each with a `pg_trgm` GIN index: the same rows either way.
 */
export function requestSearchMatch(db: QueryExecutorProvider, text: string): RawBuilder<boolean> {
  if (dialectOf(db) === 'postgres') {
    const pattern = likePattern(text);
    return sql<boolean>`(${sql.join(
      REQUEST_SEARCH_COLUMNS.map((column) => containsIgnoringCase(db, column, pattern)),
      sql` OR `,
    )})`;
  }
  const phrase = `"${text.replace(/"/g, '""')}"`;
  return sql<boolean>`requests.rowid IN (SELECT rowid FROM request_search WHERE request_search MATCH ${phrase})`;
}

/**
 * The order requests were registered in, as a number: the tie-break of the dashboard's and
 * calendar's lists. The vault's rowid; on a team server, the
 * reference's year and sequence (the order of registration within a year; unique, and
 * indexed by the references' UNIQUE constraint).
 */
export function requestRowOrder(db: QueryExecutorProvider): RawBuilder<number> {
  return dialectOf(db) === 'postgres' ? sql<number>`(requests.ref_year::bigint * 1000000 + requests.ref_seq)` : sql<number>`requests.rowid`;
}

/**
 * An ISO 8601 instant stored as text (with whatever offset it was typed in) as something
 * that sorts by the instant: SQLite's julianday, PostgreSQL's timestamptz.
 */
export function instantSortKey(db: QueryExecutorProvider, column: string): RawBuilder<unknown> {
  return dialectOf(db) === 'postgres' ? sql`(${sql.ref(column)})::timestamptz` : sql`julianday(${sql.ref(column)})`;
}

/**
 * The requests held as processor (a row of `request_clients`), as a test on `requests`; with
 * `unforwardedBefore`, only those not yet forwarded to the client whose agreed date falls
 * before that day. The vault names them by rowid, which every index of `requests` holds, so a
 * count through (status, legal_binding_due) reads that index alone: testing the id instead
 * read the row of every request the index passed, its page decrypted (0.6 s to count 90,000
 * overdue requests of 100,000). A team server tests the id.
 */
export function heldAsProcessor(db: QueryExecutorProvider, unforwardedBefore?: string): RawBuilder<boolean> {
  const unforwarded = unforwardedBefore === undefined ? sql`` : sql` WHERE rc.forwarded_on IS NULL AND rc.forward_by < ${unforwardedBefore}`;
  return dialectOf(db) === 'postgres'
    ? sql<boolean>`(requests.id IN (SELECT rc.request_id FROM request_clients rc${unforwarded}))`
    : sql<boolean>`(requests.rowid IN (SELECT r.rowid FROM request_clients rc JOIN requests r ON r.id = rc.request_id${unforwarded}))`;
}
