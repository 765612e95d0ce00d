import type { Transaction } from 'kysely';
import type { Database, RequestRow } from '../../../db/schema';
import type { ClockStopReason } from '../deadlines';
import type { RequestContext } from './request-context';
import { computeRequestDeadlines, deadlineColumns, type RequestDeadlines } from './request-deadlines';
import { parseJsonText } from '../../../db/json-text';
import { extensionNotifiedOn } from './extension-notified-on';
import { laterDateNamed } from './later-date-named';

/**
 * Recomputes a request's deadlines from its current facts (receipt date, extension and the
 * first day its notice was recorded sent, the date a Swiss notice of a later date named, complexity, UK clock stops) and the organisation's commitments, and returns the columns
 * to store. Called whenever one of those facts changes.
 */
export async function refreshDeadlines(
  trx: Transaction<Database>,
  row: Pick<RequestRow, 'id' | 'regime' | 'types' | 'received_date' | 'jurisdiction' | 'complex'> & { extended: boolean },
  context: RequestContext,
): Promise<{ deadlines: RequestDeadlines; columns: Partial<RequestRow> }> {
  const stops = await trx.selectFrom('request_clock_stops').selectAll().where('request_id', '=', row.id).orderBy('id').execute();
  const deadlines = computeRequestDeadlines(
    {
      regime: row.regime,
      types: parseJsonText(row.types),
      receivedDate: row.received_date,
      jurisdiction: row.jurisdiction,
      extended: row.extended,
      extensionNotifiedOn: row.extended ? await extensionNotifiedOn(trx, row.id) : null,
      laterDateNamed: row.extended && row.regime === 'ch-fadp' ? await laterDateNamed(trx, row.id) : null,
      complex: row.complex === 1,
      clockStops: stops.map((s) => ({ reason: s.reason as ClockStopReason, from: s.from_date, to: s.to_date })),
    },
    context.commitments,
    context.deadlineOptions,
  );
  return {
    deadlines,
    columns: deadlineColumns(deadlines),
  };
}
