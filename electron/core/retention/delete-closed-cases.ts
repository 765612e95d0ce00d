import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema';
import type { RetentionDeletion } from '../../shared/retention';
import { appendAuditEvent } from '../audit/append-audit-event';
import { civilDateInZone } from '../deadlines';
import { organisationToday } from '../calendar/organisation-today';
import { AppError } from '../errors';
import { retentionCutoff } from './retention-cutoff';
import { msg } from '../i18n';

const CHUNK = 500;

interface Eligible {
  closedAt: string;
}

/** Reads the cases asked for and refuses the whole deletion if any is missing, open or too recent. */
async function checkEligible(trx: Transaction<Database>, table: 'requests' | 'breaches', ids: readonly string[], cutoff: string): Promise<Eligible[]> {
  const found: Eligible[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await trx.selectFrom(table).select(['id', 'reference', 'status', 'closed_at']).where('id', 'in', chunk).execute();
    if (rows.length !== new Set(chunk).size) throw new AppError('NOT_FOUND', msg('msg.error.retention.gone', { cases: [msg(`msg.error.retention.table.${table}`)] }));
    for (const row of rows) {
      const closed = table === 'requests' ? row.status === 'responded' || row.status === 'withdrawn' : row.status === 'closed';
      if (!closed || row.closed_at === null || row.closed_at >= cutoff) {
        throw new AppError('CONFLICT', msg('msg.error.retention.notExpired', { reference: row.reference }));
      }
      found.push({ closedAt: row.closed_at });
    }
  }
  return found;
}

async function deleteIn(trx: Transaction<Database>, table: 'requests' | 'breaches', ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) await trx.deleteFrom(table).where('id', 'in', ids.slice(i, i + CHUNK)).execute();
}

/**
 * Deletes closed cases the DPO chose from the proposals: each case with its history, notes,
 * attachments, actions, notifications and documents (foreign-key cascades and triggers), in
 * one transaction that also appends one anonymised audit event: how many cases, the period,
 * the cutoff and the span of closing dates — no ids, references or names. The audit chain
 * is never touched, so it stays verifiable; earlier events of the cases hold no personal data.
 */
export async function deleteClosedCases(
  db: Kysely<Database>,
  input: { requestIds: readonly string[]; breachIds: readonly string[] },
  actor: string,
  now: Date,
): Promise<RetentionDeletion> {
  const { cutoff, cutoffDate, periodMonths } = await retentionCutoff(db, now);
  if (cutoff === null) throw new AppError('CONFLICT', msg('msg.error.retention.noPeriod'));
  const { timeZone } = await organisationToday(db, now);
  const requestIds = [...new Set(input.requestIds)];
  const breachIds = [...new Set(input.breachIds)];
  return db.transaction().execute(async (trx) => {
    const cases = [...(await checkEligible(trx, 'requests', requestIds, cutoff)), ...(await checkEligible(trx, 'breaches', breachIds, cutoff))];
    await deleteIn(trx, 'requests', requestIds);
    await deleteIn(trx, 'breaches', breachIds);
    const closedDates = cases.map((c) => civilDateInZone(c.closedAt, timeZone)).sort();
    await appendAuditEvent(
      trx,
      {
        actor,
        action: 'retention.cases-deleted',
        entityType: 'vault',
        data: {
          requests: requestIds.length,
          breaches: breachIds.length,
          periodMonths,
          cutoff: cutoffDate,
          closedFrom: closedDates[0] ?? null,
          closedTo: closedDates.at(-1) ?? null,
        },
      },
      now,
    );
    return { deletedRequests: requestIds.length, deletedBreaches: breachIds.length };
  });
}
