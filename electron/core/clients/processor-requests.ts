import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import type { DayBasis, processorCapacitySchema, RequestProcessorSide } from '../../shared/clients';
import { civilDateInZone } from '../deadlines';
import { AppError, fieldIssue } from '../errors';
import { msg } from '../i18n';
import { forwardByDate, requestCaseClocks } from '../clocks/request-case-clocks';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Marks a new request as received in processor capacity, in the caller's transaction: the
 * client it concerns, the contract's terms as they stand today (kept with the request, so a
 * later change of contract does not move its date) and the forwarding date they give.
 * Returns the facts for the audit event.
 */
export async function writeProcessorCapacity(
  trx: Transaction<Database>,
  requestId: string,
  receivedDate: string,
  input: z.output<typeof processorCapacitySchema>,
): Promise<{ clientId: string; forwardBy: string | null }> {
  const client = await trx.selectFrom('clients').selectAll().where('id', '=', input.clientId).executeTakeFirst();
  if (!client) {
    const detail = msg('msg.error.notFound.client', { id: input.clientId });
    throw new AppError('VALIDATION', detail, [fieldIssue('processor.clientId', detail)]);
  }
  const basis = client.request_days_basis as DayBasis;
  const forwardBy = forwardByDate(receivedDate, client.request_days, basis, client.country);
  await trx
    .insertInto('request_clients')
    .values({
      request_id: requestId,
      client_id: client.id,
      request_days: client.request_days,
      request_days_basis: basis,
      forward_by: forwardBy,
      assist_by: input.assistBy ?? null,
      forwarded_on: null,
    })
    .execute();
  return { clientId: client.id, forwardBy };
}

/** The processor side of a request with its clocks on `today`, or null for a request in controller capacity. */
export async function processorSideOf(
  db: Db,
  request: { id: string; legalDue: string | null; closedAt: string | null; timeZone: string },
  today: string,
): Promise<RequestProcessorSide | null> {
  const row = await db
    .selectFrom('request_clients')
    .innerJoin('clients', 'clients.id', 'request_clients.client_id')
    .select([
      'request_clients.client_id',
      'clients.name',
      'clients.privacy_contact',
      'request_clients.request_days',
      'request_clients.request_days_basis',
      'request_clients.forward_by',
      'request_clients.assist_by',
      'request_clients.forwarded_on',
    ])
    .where('request_clients.request_id', '=', request.id)
    .executeTakeFirst();
  if (!row) return null;
  const basis = row.request_days_basis as DayBasis;
  const facts = {
    clientId: row.client_id,
    clientName: row.name,
    requestDays: row.request_days,
    requestDaysBasis: basis,
    forwardBy: row.forward_by,
    forwardedOn: row.forwarded_on,
    assistBy: row.assist_by,
  };
  return {
    ...facts,
    privacyContact: row.privacy_contact,
    clocks: requestCaseClocks({ ...facts, controllerDue: request.legalDue, closedOn: request.closedAt === null ? null : civilDateInZone(request.closedAt, request.timeZone) }, today),
  };
}

/** The client of each of `requestIds` that was received in processor capacity. */
export async function clientsOfRequests(db: Db, requestIds: string[]): Promise<Map<string, { clientId: string; clientName: string; forwardBy: string | null; forwardedOn: string | null }>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('request_clients')
    .innerJoin('clients', 'clients.id', 'request_clients.client_id')
    .select(['request_clients.request_id', 'request_clients.client_id', 'clients.name', 'request_clients.forward_by', 'request_clients.forwarded_on'])
    .where('request_clients.request_id', 'in', requestIds)
    .execute();
  return new Map(rows.map((r) => [r.request_id, { clientId: r.client_id, clientName: r.name, forwardBy: r.forward_by, forwardedOn: r.forwarded_on }]));
}
