import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { ClientsTable } from '../../../db/client-tables';
import type { Database } from '../../../db/schema';
import type { Client, DayBasis, ParsedClient } from '../../shared/clients';
import type { SubProcessorApproval } from '../../shared/registers';
import { appendAuditEvent } from '../audit/append-audit-event';
import { holidayCalendar } from '../deadlines';
import { AppError, fieldIssue } from '../errors';
import { msg } from '../i18n';

type Row = Selectable<ClientsTable>;

/** The register-link kind that ties a processing activity to a client (Art. 30(2)(a)). */
export const CLIENT_LINK = 'client';

interface Counts {
  activityIds: string[];
  openRequests: number;
  breaches: number;
}

function toClient(row: Row, counts: Counts): Client {
  return {
    id: row.id,
    name: row.name,
    privacyContact: row.privacy_contact,
    agreementSignedOn: row.agreement_signed_on,
    agreementFile: row.agreement_file,
    breachNoticeHours: row.breach_notice_hours,
    requestDays: row.request_days,
    requestDaysBasis: row.request_days_basis as DayBasis,
    subProcessorApproval: row.sub_processor_approval as SubProcessorApproval | null,
    country: row.country,
    notes: row.notes,
    ...counts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function countsOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>(ids.map((id) => [id, { activityIds: [], openRequests: 0, breaches: 0 }]));
  if (ids.length === 0) return out;
  const links = await db.selectFrom('register_links').select(['activity_id', 'target_id']).where('kind', '=', CLIENT_LINK).where('target_id', 'in', ids).orderBy('activity_id').execute();
  for (const link of links) out.get(link.target_id)?.activityIds.push(link.activity_id);
  const requests = await db
    .selectFrom('request_clients')
    .innerJoin('requests', 'requests.id', 'request_clients.request_id')
    .select(['request_clients.client_id as id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('requests.is_open', '=', 1)
    .where('requests.voided_at', 'is', null)
    .where('request_clients.client_id', 'in', ids)
    .groupBy('request_clients.client_id')
    .execute();
  for (const r of requests) {
    const c = out.get(r.id);
    if (c) c.openRequests = Number(r.n);
  }
  const breaches = await db
    .selectFrom('breach_clients')
    .select(['client_id as id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('client_id', 'in', ids)
    .groupBy('client_id')
    .execute();
  for (const b of breaches) {
    const c = out.get(b.id);
    if (c) c.breaches = Number(b.n);
  }
  return out;
}

/** Every client, by name, with its linked activities and how many open requests and breaches concern it. */
export async function listClients(db: Kysely<Database>): Promise<Client[]> {
  const rows = await db.selectFrom('clients').selectAll().orderBy('name').execute();
  const counts = await countsOf(db, rows.map((r) => r.id));
  return rows.map((row) => toClient(row, counts.get(row.id) ?? { activityIds: [], openRequests: 0, breaches: 0 }));
}

/** One client by id or by name (case-insensitive). */
export async function getClient(db: Kysely<Database>, idOrName: string): Promise<Client> {
  const row = await db
    .selectFrom('clients')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', msg('msg.error.notFound.client', { id: idOrName }));
  const counts = await countsOf(db, [row.id]);
  return toClient(row, counts.get(row.id) ?? { activityIds: [], openRequests: 0, breaches: 0 });
}

/**
 * Adds a client (id absent) or changes one, with its links to the activities carried out for
 * it "as processor", and its audit event in the same transaction. Two clients may not share a
 * name; linked activities must exist and be processor activities; the country must be one
 * whose holidays are known (a count of working days needs them).
 */
export async function saveClient(db: Kysely<Database>, id: string | undefined, input: ParsedClient, actor: string, now: Date): Promise<Client> {
  holidayCalendar(input.country);
  const at = now.toISOString();
  const saved = await db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('clients').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash && clash.id !== id) throw new AppError('CONFLICT', msg('msg.error.client.nameTaken', { name: input.name }), [fieldIssue('name', msg('msg.error.client.inRegister'))]);
    const current = id === undefined ? null : await trx.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
    if (id !== undefined && !current) throw new AppError('NOT_FOUND', msg('msg.error.client.none'));
    const activityIds = [...new Set(input.activityIds)];
    if (activityIds.length > 0) {
      const found = await trx.selectFrom('register_activities').select(['id', 'role']).where('id', 'in', activityIds).execute();
      const bad = activityIds.filter((a) => found.find((f) => f.id === a)?.role !== 'processor');
      if (bad.length > 0) {
        const detail = msg('msg.error.client.notProcessorActivity', { ids: bad.join(', ') });
        throw new AppError('VALIDATION', detail, [fieldIssue('activityIds', detail)]);
      }
    }
    const row: Row = {
      id: id ?? randomUUID(),
      name: input.name,
      privacy_contact: input.privacyContact,
      agreement_signed_on: input.agreementSignedOn ?? null,
      agreement_file: input.agreementFile ?? null,
      breach_notice_hours: input.breachNoticeHours ?? null,
      request_days: input.requestDays ?? null,
      request_days_basis: input.requestDaysBasis,
      sub_processor_approval: input.subProcessorApproval ?? null,
      country: input.country,
      notes: input.notes,
      created_at: current?.created_at ?? at,
      updated_at: at,
    };
    if (current) await trx.updateTable('clients').set(row).where('id', '=', row.id).execute();
    else await trx.insertInto('clients').values(row).execute();
    await trx.deleteFrom('register_links').where('kind', '=', CLIENT_LINK).where('target_id', '=', row.id).execute();
    if (activityIds.length > 0) await trx.insertInto('register_links').values(activityIds.map((activity_id) => ({ activity_id, kind: CLIENT_LINK, target_id: row.id }))).execute();
    await appendAuditEvent(
      trx,
      {
        actor,
        action: current ? 'client.updated' : 'client.added',
        entityType: 'client',
        entityId: row.id,
        data: {
          name: row.name,
          country: row.country,
          agreementSignedOn: row.agreement_signed_on,
          breachNoticeHours: row.breach_notice_hours,
          requestDays: row.request_days,
          requestDaysBasis: row.request_days_basis,
          subProcessorApproval: row.sub_processor_approval,
          activityIds,
        },
      },
      now,
    );
    return row.id;
  });
  return getClient(db, saved);
}
