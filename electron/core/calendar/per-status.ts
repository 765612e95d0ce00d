/** A row that knows its date and its insertion order, for merging per-status pages. */
export interface Dated {
  date: string | null;
  row_order: number;
}

/**
 * Runs one query per status and merges them by (date, rowid), keeping the first `limit`.
 * A single `status IN (…) ORDER BY date LIMIT n` makes SQLite read and sort every match;
 * one query per status walks its (status, date) index in order and stops after `n` rows,
 * which keeps lists over tens of thousands of overdue requests instant.
 */
export async function perStatus<S extends string, T extends Dated>(statuses: readonly S[], limit: number, run: (status: S) => Promise<T[]>): Promise<T[]> {
  const pages = await Promise.all(statuses.map(run));
  return pages
    .flat()
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.row_order - b.row_order)
    .slice(0, limit);
}
