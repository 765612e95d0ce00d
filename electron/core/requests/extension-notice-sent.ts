import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema';
import { latenessColumns } from './lateness';
import { loadRequest } from './load-request';
import { readRequestContext } from './request-context';
import { refreshDeadlines } from './refresh-deadlines';

/**
 * Recomputes an extended request's deadlines once the sending of its extension notice is recorded,
 * inside the sending's transaction: sent within the first period, the extension takes effect from
 * then on (the binding date, the inbox's and the report's, becomes the extended one); sent after
 * it, nothing changes. A request already closed has its lateness judged again on the new date.
 */
export async function refreshAfterExtensionNotice(trx: Transaction<Database>, requestId: string, now: Date): Promise<void> {
  const row = await loadRequest(trx, requestId);
  if (row.extended_at === null) return;
  const { columns } = await refreshDeadlines(trx, { ...row, extended: true }, await readRequestContext(trx));
  const lateness = row.closed_at === null ? {} : latenessColumns(row.closed_at, { time_zone: row.time_zone, legal_binding_due: columns.legal_binding_due, org_due: columns.org_due });
  await trx.updateTable('requests').set({ ...columns, ...lateness, updated_at: now.toISOString() }).where('id', '=', row.id).execute();
}
