import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../../db/schema';
import type { transitionBreachSchema } from '../../../shared/breaches';
import { AppError } from '../../errors';
import { transitionProblem } from './breach-lifecycle';
import { lifecycleFactsOf } from './lifecycle-facts';
import { loadBreach } from './load-breach';
import { recordBreachEvent } from './record-breach-event';
import { recordedNotices } from './recorded-notices';

export type ParsedBreachTransition = z.output<typeof transitionBreachSchema>;

/**
 * Moves a breach along its lifecycle (see `transitionProblem` for what each step needs).
 * Refuses illegal moves with ILLEGAL_TRANSITION and the reason; records who, when and why
 * (the reason in the case history, its hash in the audit chain), in one transaction.
 */
export async function transitionBreach(db: Kysely<Database>, idOrReference: string, t: ParsedBreachTransition, actor: string, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const row = await loadBreach(trx, idOrReference);
    const notices = (await recordedNotices(trx, [row.id])).get(row.id) ?? [];
    const measures = await trx.selectFrom('breach_actions').select((eb) => eb.fn.countAll<number>().as('n')).where('breach_id', '=', row.id).executeTakeFirstOrThrow();
    const facts = lifecycleFactsOf(row, notices, Number(measures.n));
    const problem = transitionProblem(facts, t.to);
    if (problem) throw new AppError('ILLEGAL_TRANSITION', problem);
    const at = now.toISOString();
    await trx
      .updateTable('breaches')
      .set({ status: t.to, updated_at: at, ...(t.to === 'closed' ? { closed_at: at } : {}) })
      .where('id', '=', row.id)
      .execute();
    await recordBreachEvent(trx, {
      breachId: row.id,
      action: 'breach.transition',
      actor,
      at: now,
      fromStatus: row.status,
      toStatus: t.to,
      reason: t.reason ?? null,
      facts: { notifications: facts.notifications },
    });
    return row.id;
  });
}
