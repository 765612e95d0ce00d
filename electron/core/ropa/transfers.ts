import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { RegisterTransfersTable } from '../../../db/register-tables';
import type { Database } from '../../../db/schema';
import type { ParsedTransfer, Transfer } from '../../shared/registers';
import { appendAuditEvent } from '../audit/append-audit-event';
import { AppError } from '../errors';
import { requireIds } from './check-references';
import { toTransfer } from './register-rows';
import { nextReviewOf } from './review-dates';
import { msg } from '../i18n';

/** Every transfer, by country then recipient. */
export async function listTransfers(db: Kysely<Database>): Promise<Transfer[]> {
  const rows = await db.selectFrom('register_transfers').selectAll().orderBy('country').orderBy('recipient').execute();
  return rows.map(toTransfer);
}

/** Adds a transfer (id absent) or changes one; the processor it goes to must be in the register. Audited. */
export async function saveTransfer(db: Kysely<Database>, id: string | undefined, input: ParsedTransfer, today: string, actor: string, now: Date): Promise<Transfer> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    if (input.processorId) await requireIds(trx, 'register_processors', [input.processorId], 'processorId');
    const current = id === undefined ? null : await trx.selectFrom('register_transfers').selectAll().where('id', '=', id).executeTakeFirst();
    if (id !== undefined && !current) throw new AppError('NOT_FOUND', msg('msg.error.register.none.transfer'));
    const row: Selectable<RegisterTransfersTable> = {
      id: id ?? randomUUID(),
      recipient: input.recipient,
      country: input.country,
      processor_id: input.processorId ?? null,
      ground: input.ground,
      scc_module: input.ground === 'scc' ? (input.sccModule ?? null) : null,
      ground_detail: input.groundDetail,
      tia_on: input.tiaOn ?? null,
      tia_file: input.tiaFile ?? null,
      supplementary_measures: JSON.stringify(input.supplementaryMeasures),
      review_every_months: input.reviewEveryMonths,
      last_reviewed_on: input.lastReviewedOn ?? null,
      next_review: nextReviewOf(input.lastReviewedOn, input.reviewEveryMonths, today),
      created_at: current?.created_at ?? at,
      updated_at: at,
    };
    if (current) await trx.updateTable('register_transfers').set(row).where('id', '=', row.id).execute();
    else await trx.insertInto('register_transfers').values(row).execute();
    await appendAuditEvent(
      trx,
      {
        actor,
        action: current ? 'register.transfer-updated' : 'register.transfer-added',
        entityType: 'register-transfer',
        entityId: row.id,
        data: { recipient: row.recipient, country: row.country, ground: row.ground, sccModule: row.scc_module, tiaOn: row.tia_on, nextReview: row.next_review },
      },
      now,
    );
    return toTransfer(row);
  });
}
