import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { BreachTimelineEntry } from '../../../shared/breach-results';

/**
 * The query behind a breach's timeline: its history rows in order, each with the facts its
 * audit event recorded. The event is read by a scalar subquery on `audit_events.seq` (the
 * table's rowid), not by a join: with a join the planner picks its plan from the table
 * statistics, and statistics taken while the trail was a few rows long (a new vault) made
 * it scan the whole trail once per history row, seconds per breach opened. The subquery's
 * rowid lookup does not depend on them.
 */
export function breachTimelineQuery(db: Kysely<Database> | Transaction<Database>, breachId: string) {
  return db
    .selectFrom('breach_history')
    .select((eb) => [
      'breach_history.audit_seq as seq',
      'breach_history.at',
      'breach_history.actor',
      'breach_history.action',
      'breach_history.from_status',
      'breach_history.to_status',
      'breach_history.reason',
      eb.selectFrom('audit_events').select('audit_events.data').whereRef('audit_events.seq', '=', 'breach_history.audit_seq').as('data'),
    ])
    .where('breach_history.breach_id', '=', breachId)
    .orderBy('breach_history.id');
}

/** A breach's timeline, oldest first: its history rows that have their audit event, with that event's facts. */
export async function breachTimeline(db: Kysely<Database> | Transaction<Database>, breachId: string): Promise<BreachTimelineEntry[]> {
  const rows = await breachTimelineQuery(db, breachId).execute();
  return rows.flatMap((h) =>
    h.data === null
      ? []
      : [{ seq: h.seq, at: h.at, actor: h.actor, action: h.action, fromStatus: h.from_status, toStatus: h.to_status, reason: h.reason, data: JSON.parse(h.data) as unknown }],
  );
}
