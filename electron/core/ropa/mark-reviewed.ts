import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { RegisterKind } from '../../shared/registers';
import { appendAuditEvent } from '../audit/append-audit-event';
import { AppError } from '../errors';
import { nextReviewOf } from './review-dates';
import { msg } from '../i18n';

const TABLES = { activity: 'register_activities', processor: 'register_processors', transfer: 'register_transfers' } as const;

/** Records a review of a register entry on `on`; the next is its interval later. Audited. */
export async function markEntryReviewed(db: Kysely<Database>, kind: RegisterKind, id: string, on: string, actor: string, now: Date): Promise<{ nextReview: string }> {
  const table = TABLES[kind];
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom(table).select(['id', 'review_every_months']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', msg(`msg.error.register.none.${kind}`));
    const nextReview = nextReviewOf(on, row.review_every_months, on);
    await trx.updateTable(table).set({ last_reviewed_on: on, next_review: nextReview, updated_at: now.toISOString() }).where('id', '=', id).execute();
    await appendAuditEvent(trx, { actor, action: 'register.reviewed', entityType: `register-${kind}`, entityId: id, data: { reviewedOn: on, nextReview } }, now);
    return { nextReview };
  });
}
