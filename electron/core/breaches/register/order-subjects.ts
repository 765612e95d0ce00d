import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../../db/schema';
import type { subjectsOrderSchema } from '../../../shared/breaches';
import { fieldIssue } from '../../errors';
import { civilDateInZone } from '../../deadlines';
import { msg } from '../../i18n';
import { readSettings } from '../../settings/settings-service';
import { loadBreach, requireNotClosed } from './load-breach';
import { recordBreachEvent } from './record-breach-event';
import { throwIfIssues } from './throw-if-issues';

type ParsedOrder = z.output<typeof subjectsOrderSchema>;

/**
 * Records (or, with null, removes) the supervisory authority's order to tell the people of the
 * breach: Art. 34(4) GDPR lets the authority, having considered the likelihood of a high risk,
 * require the controller to communicate the breach. The order is a fact beside the DPO's
 * decision, not a decision: with it recorded the notice to the people is written as the legal
 * duty it makes. Dated no later than today and no earlier than the day of awareness, in the
 * organisation's zone; audited with its day (the reference is the authority's protocol).
 */
export async function orderSubjects(db: Kysely<Database>, idOrReference: string, order: ParsedOrder | null, actor: string, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const row = await loadBreach(trx, idOrReference);
    requireNotClosed(row);
    if (order) {
      const zone = (await readSettings(trx))['organisation.timeZone'] ?? 'UTC';
      const awareOn = civilDateInZone(row.aware_at, zone);
      if (order.orderedOn > civilDateInZone(now, zone)) throwIfIssues([fieldIssue('order.orderedOn', msg('msg.error.breach.orderInFuture'))]);
      if (order.orderedOn < awareOn) throwIfIssues([fieldIssue('order.orderedOn', msg('msg.error.breach.orderBeforeAware', { awareOn }))]);
    }
    await trx
      .updateTable('breaches')
      .set({ subjects_ordered_on: order?.orderedOn ?? null, subjects_order_reference: order?.reference ?? null, updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
    await recordBreachEvent(trx, {
      breachId: row.id,
      action: order ? 'breach.subjects-ordered' : 'breach.subjects-order-cleared',
      actor,
      at: now,
      facts: order ? { orderedOn: order.orderedOn, reference: order.reference ?? null } : { orderedOn: null },
    });
    return row.id;
  });
}
