import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ProposedCase, RetentionProposals } from '../../shared/retention';
import { retentionCutoff } from './retention-cutoff';

/**
 * Closed cases old enough to delete: responded or withdrawn requests and closed breaches
 * whose closing is before the cutoff. Only proposed: nothing is deleted until the DPO says so.
 * Counted and listed with the same filters (index ranges on (is_open, closed_at) and
 * (status, closed_at)), the oldest first.
 */
export async function retentionProposals(db: Kysely<Database>, now: Date, limit = 500): Promise<RetentionProposals> {
  const { periodMonths, cutoff } = await retentionCutoff(db, now);
  if (cutoff === null) return { periodMonths, cutoff, requests: { total: 0, rows: [] }, breaches: { total: 0, rows: [] } };
  const requests = db.selectFrom('requests').where('is_open', '=', 0).where('closed_at', '<', cutoff);
  const breaches = db.selectFrom('breaches').where('status', '=', 'closed').where('closed_at', '<', cutoff);
  const [requestCount, requestRows, breachCount, breachRows] = await Promise.all([
    requests.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    requests.select(['id', 'reference', 'status', 'closed_at']).orderBy('closed_at').limit(limit).execute(),
    breaches.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    breaches.select(['id', 'reference', 'status', 'closed_at']).orderBy('closed_at').limit(limit).execute(),
  ]);
  const toCase = (row: { id: string; reference: string; status: string; closed_at: string | null }): ProposedCase => ({
    id: row.id,
    reference: row.reference,
    status: row.status,
    closedAt: row.closed_at ?? '',
  });
  return {
    periodMonths,
    cutoff,
    requests: { total: requestCount.n, rows: requestRows.map(toCase) },
    breaches: { total: breachCount.n, rows: breachRows.map(toCase) },
  };
}

/** Only the number of cases proposed, for the dashboard. */
export async function countProposals(db: Kysely<Database>, now: Date): Promise<{ periodMonths: number | null; proposed: number }> {
  const { periodMonths, cutoff } = await retentionCutoff(db, now);
  if (cutoff === null) return { periodMonths, proposed: 0 };
  const [requests, breaches] = await Promise.all([
    db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).where('is_open', '=', 0).where('closed_at', '<', cutoff).executeTakeFirstOrThrow(),
    db.selectFrom('breaches').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'closed').where('closed_at', '<', cutoff).executeTakeFirstOrThrow(),
  ]);
  return { periodMonths, proposed: requests.n + breaches.n };
}
