import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { serialiseWriters } from '../../../db/dialect';
import { toJsonText } from '../../../db/json-text';
import type { Database } from '../../../db/schema';
import type { newRequestSchema } from '../../shared/requests';
import { civilDateInZone } from '../deadlines';
import { writeProcessorCapacity } from '../clients/processor-requests';
import { hasImmediateType } from './immediate-types';
import { checkReceipt } from './receipt-validity';
import { recordRequestEvent } from './record-request-event';
import { readRequestContext, jurisdictionFor } from './request-context';
import { computeRequestDeadlines, deadlineColumns } from './request-deadlines';

export type ParsedNewRequest = z.output<typeof newRequestSchema>;

/**
 * CCPA §7026(d) / §7027: opt-out and limit requests need no identity verification; nor do a
 * GDPR objection to direct marketing or withdrawal of consent (stopping discloses nothing, Art. 12(6)).
 */
function needsIdentity(input: ParsedNewRequest): boolean {
  if (input.types.every((t) => hasImmediateType(input.regime, [t]))) return false;
  return !(input.regime === 'ccpa' && input.types.every((t) => t === 'opt-out' || t === 'limit'));
}

/**
 * Registers a new request: the receipt date is read in the organisation's zone, the
 * deadlines computed (a receipt that cannot be is refused, see `checkReceipt`), a reference `YYYY-NNNN` assigned within the year of receipt, and the
 * creation audited, all in one transaction. A request about data we hold for a client is
 * marked as processor-side with the client's contract clock (`writeProcessorCapacity`).
 */
export async function createRequest(db: Kysely<Database>, input: ParsedNewRequest, actor: string, now: Date): Promise<{ id: string; reference: string }> {
  const context = await readRequestContext(db);
  checkReceipt(input.regime, input.receivedAt, context.timeZone, now, input.confirmOldReceipt);
  const receivedDate = civilDateInZone(input.receivedAt, context.timeZone);
  const jurisdiction = jurisdictionFor(input.regime, context);
  const types = [...new Set(input.types)];
  const deadlines = computeRequestDeadlines(
    { regime: input.regime, types, receivedDate, jurisdiction, extended: false, extensionNotifiedOn: null, complex: input.complex, clockStops: [] },
    context.commitments,
    context.deadlineOptions,
  );
  const id = randomUUID();
  const year = Number(receivedDate.slice(0, 4));
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    await serialiseWriters(trx, 'request-reference', year);
    const last = await trx.selectFrom('requests').select((eb) => eb.fn.max('ref_seq').as('seq')).where('ref_year', '=', year).executeTakeFirst();
    const seq = (last?.seq ?? 0) + 1;
    const reference = `${year}-${String(seq).padStart(4, '0')}`;
    await trx
      .insertInto('requests')
      .values({
        id,
        reference,
        ref_year: year,
        ref_seq: seq,
        regime: input.regime,
        types: toJsonText(types),
        received_at: input.receivedAt,
        received_date: receivedDate,
        time_zone: context.timeZone,
        jurisdiction,
        channel: input.channel,
        subject_name: input.subjectName,
        subject_email: input.subjectEmail ?? null,
        subject_phone: input.subjectPhone ?? null,
        subject_address: input.subjectAddress ?? null,
        requester_relation: input.requesterRelation,
        requester_name: input.requesterName ?? null,
        requester_email: input.requesterEmail ?? null,
        under_16: input.under16 ? 1 : 0,
        complex: input.complex ? 1 : 0,
        description: input.description,
        systems: toJsonText(input.systems),
        identity_method: null,
        identity_requested_at: null,
        identity_verified_at: null,
        identity_outcome: needsIdentity(input) ? 'pending' : 'not-required',
        status: 'received',
        is_open: 1,
        outcome: null,
        refusal_ground: null,
        extension_reason: null,
        extended_at: null,
        acknowledged_at: null,
        closed_at: null,
        ...deadlineColumns(deadlines),
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx.insertInto('request_types').values(types.map((type) => ({ request_id: id, type }))).execute();
    const processor = input.processor ? await writeProcessorCapacity(trx, id, receivedDate, input.processor) : null;
    await recordRequestEvent(trx, {
      requestId: id,
      action: 'request.created',
      actor,
      at: now,
      toStatus: 'received',
      facts: { reference, regime: input.regime, types, receivedDate, channel: input.channel, due: deadlines.effectiveDue, ...(processor ? { processor } : {}) },
    });
    return { id, reference };
  });
}
