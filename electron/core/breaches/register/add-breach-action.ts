import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../../db/schema';
import type { addBreachActionSchema } from '../../../shared/breaches';
import { loadBreach, requireNotClosed } from './load-breach';
import { recordBreachEvent } from './record-breach-event';
import { sha256Json } from '../../audit/text-hash';
import { throwIfIssues } from './throw-if-issues';
import { fieldIssue } from '../../errors';
import { isInFuture } from '../../../shared/pure/future-instant';
import { msg } from '../../i18n';

export type ParsedAction = z.output<typeof addBreachActionSchema>;

/**
 * Adds a containment or remediation step to the breach's timeline (Art. 33(3)(d) and 33(5):
 * the measures taken). A step may predate awareness (IT may contain an incident before the
 * DPO hears of it) but not lie in the future. Audited by kind and time; who did it and what
 * was done only as a hash.
 */
export async function addBreachAction(db: Kysely<Database>, idOrReference: string, action: ParsedAction, actor: string, now: Date): Promise<string> {
  const at = action.at ?? now.toISOString();
  if (isInFuture(at, now.getTime())) throwIfIssues([fieldIssue('at', msg('msg.error.breach.actionInFuture'))]);
  return db.transaction().execute(async (trx) => {
    const row = await loadBreach(trx, idOrReference);
    requireNotClosed(row);
    const { id } = await trx
      .insertInto('breach_actions')
      .values({ breach_id: row.id, kind: action.kind, at, who: action.who, text: action.text, created_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('breaches').set({ updated_at: now.toISOString() }).where('id', '=', row.id).execute();
    await recordBreachEvent(trx, {
      breachId: row.id,
      action: 'breach.action-added',
      actor,
      at: now,
      facts: { actionId: id, kind: action.kind, at, textSha256: sha256Json({ who: action.who, text: action.text }) },
    });
    return row.id;
  });
}
