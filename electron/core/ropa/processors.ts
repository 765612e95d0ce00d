import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { RegisterProcessorsTable } from '../../../db/register-tables';
import type { Database } from '../../../db/schema';
import type { ParsedProcessor, Processor } from '../../shared/registers';
import { appendAuditEvent } from '../audit/append-audit-event';
import { AppError, fieldIssue } from '../errors';
import { requireIds } from './check-references';
import { toProcessor } from './register-rows';
import { nextReviewOf } from './review-dates';
import { msg } from '../i18n';

type Row = Selectable<RegisterProcessorsTable>;

/** Every processor and sub-processor, by name. */
export async function listProcessors(db: Kysely<Database>): Promise<Processor[]> {
  const rows = await db.selectFrom('register_processors').selectAll().orderBy('name').execute();
  return rows.map(toProcessor);
}

/**
 * Adds a processor (id absent) or changes one, with its audit event in the same
 * transaction. A sub-processor names its processor, which must exist and not be itself;
 * two processors may not share a name.
 */
export async function saveProcessor(db: Kysely<Database>, id: string | undefined, input: ParsedProcessor, today: string, actor: string, now: Date): Promise<Processor> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    if (input.parentId) {
      if (input.parentId === id) throw new AppError('VALIDATION', msg('msg.error.register.ownParent'), [fieldIssue('parentId', msg('msg.error.register.ownParent'))]);
      await requireIds(trx, 'register_processors', [input.parentId], 'parentId');
    }
    const clash = await trx.selectFrom('register_processors').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash && clash.id !== id) throw new AppError('CONFLICT', msg('msg.error.register.processorName', { name: input.name }), [fieldIssue('name', msg('msg.error.register.inRegister'))]);
    const current = id === undefined ? null : await trx.selectFrom('register_processors').selectAll().where('id', '=', id).executeTakeFirst();
    if (id !== undefined && !current) throw new AppError('NOT_FOUND', msg('msg.error.register.none.processor'));
    const row: Row = {
      id: id ?? randomUUID(),
      name: input.name,
      service: input.service,
      country: input.country,
      parent_id: input.parentId ?? null,
      dpa_signed_on: input.dpaSignedOn ?? null,
      dpa_file: input.dpaFile ?? null,
      sub_processor_approval: input.subProcessorApproval ?? null,
      transfer_mechanism: input.transferMechanism ?? null,
      breach_notice_hours: input.breachNoticeHours ?? null,
      notes: input.notes,
      review_every_months: input.reviewEveryMonths,
      last_reviewed_on: input.lastReviewedOn ?? null,
      next_review: nextReviewOf(input.lastReviewedOn, input.reviewEveryMonths, today),
      created_at: current?.created_at ?? at,
      updated_at: at,
    };
    if (current) await trx.updateTable('register_processors').set(row).where('id', '=', row.id).execute();
    else await trx.insertInto('register_processors').values(row).execute();
    await appendAuditEvent(
      trx,
      {
        actor,
        action: current ? 'register.processor-updated' : 'register.processor-added',
        entityType: 'register-processor',
        entityId: row.id,
        data: { name: row.name, country: row.country, dpaSignedOn: row.dpa_signed_on, breachNoticeHours: row.breach_notice_hours, nextReview: row.next_review },
      },
      now,
    );
    return toProcessor(row);
  });
}
