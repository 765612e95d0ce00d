import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { BreachFactsDraft } from '../../../shared/breaches';
import { detachAwareAt, evaluateFacts, triageColumns } from './breach-facts-state';
import { toJsonValue } from './json-columns';
import { loadBreach, requireNotClosed } from './load-breach';
import { recordBreachEvent } from './record-breach-event';
import { triageFacts } from './triage-facts';

/**
 * Replaces a breach's facts draft and reruns the triage when the facts are complete (or
 * clears it when they no longer are). A decision taken against an earlier recommendation
 * stays on record; the detail shows it as stale when the recommendation has changed. The
 * facts are codes, flags and a head count, so the audit event carries them in full.
 */
export async function updateBreachFacts(db: Kysely<Database>, idOrReference: string, facts: BreachFactsDraft, actor: string, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const row = await loadBreach(trx, idOrReference);
    requireNotClosed(row);
    const draft = detachAwareAt(facts, row.aware_at);
    const evaluated = evaluateFacts(draft, row.aware_at);
    await trx
      .updateTable('breaches')
      .set({ facts_draft: JSON.stringify(draft), ...triageColumns(evaluated), updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
    await recordBreachEvent(trx, {
      breachId: row.id,
      action: 'breach.facts-updated',
      actor,
      at: now,
      facts: { facts: toJsonValue(draft), ...triageFacts(evaluated) },
    });
    return row.id;
  });
}
