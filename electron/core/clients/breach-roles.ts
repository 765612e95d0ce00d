import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import type { BreachRoles, breachRolesSchema, clientNoticeSchema, nis2ReportSchema } from '../../shared/clients';
import { recordBreachEvent } from '../breaches/register/record-breach-event';
import { loadBreach, requireNotClosed } from '../breaches/register/load-breach';
import { AppError, fieldIssue } from '../errors';
import { msg } from '../i18n';
import { loadBreachRolesOf } from './breach-roles-of';

type Db = Kysely<Database> | Transaction<Database>;

/** The roles of one breach (by its id): whose data it touches, each client's notice, the NIS2 reports. */
export async function loadBreachRoles(db: Db, breachId: string): Promise<BreachRoles> {
  return (await loadBreachRolesOf(db, [breachId])).get(breachId) as BreachRoles;
}

async function ensureRolesRow(trx: Transaction<Database>, breachId: string): Promise<void> {
  await trx
    .insertInto('breach_roles')
    .values({
      breach_id: breachId,
      controller_side: 1,
      processor_reported_at: null,
      nis2_significant: 0,
      nis2_early_warning_at: null,
      nis2_notification_at: null,
      nis2_progress_report_at: null,
      nis2_final_report_at: null,
      nis2_early_warning_reference: null,
      nis2_notification_reference: null,
      nis2_progress_reference: null,
      nis2_final_reference: null,
    })
    .onConflict((oc) => oc.column('breach_id').doNothing())
    .execute();
}

/**
 * Records a breach's roles in the caller's transaction: our own data as controller or not,
 * the clients whose data it touches (each keeps the notice hours its contract had when it was
 * added, and a notice already recorded), when a processor of ours reported it, and whether it
 * is a NIS2 significant incident. Clients must be in the register.
 */
export async function writeBreachRoles(trx: Transaction<Database>, breachId: string, roles: Omit<z.output<typeof breachRolesSchema>, 'breachId'>, actor: string, now: Date): Promise<void> {
  const clientIds = [...new Set(roles.clientIds)];
  const clients = clientIds.length === 0 ? [] : await trx.selectFrom('clients').select(['id', 'breach_notice_hours']).where('id', 'in', clientIds).execute();
  const missing = clientIds.filter((id) => !clients.some((c) => c.id === id));
  if (missing.length > 0) {
    const detail = msg('msg.error.notFound.client', { id: missing.join(', ') });
    throw new AppError('VALIDATION', detail, [fieldIssue('clientIds', detail)]);
  }
  await ensureRolesRow(trx, breachId);
  await trx
    .updateTable('breach_roles')
    .set({ controller_side: roles.controllerSide ? 1 : 0, processor_reported_at: roles.processorReportedAt ?? null, nis2_significant: roles.nis2Significant ? 1 : 0 })
    .where('breach_id', '=', breachId)
    .execute();
  const kept = await trx.selectFrom('breach_clients').select('client_id').where('breach_id', '=', breachId).execute();
  const stale = kept.map((k) => k.client_id).filter((id) => !clientIds.includes(id));
  if (stale.length > 0) await trx.deleteFrom('breach_clients').where('breach_id', '=', breachId).where('client_id', 'in', stale).execute();
  const added = clients.filter((c) => !kept.some((k) => k.client_id === c.id));
  if (added.length > 0) {
    await trx
      .insertInto('breach_clients')
      .values(added.map((c) => ({ breach_id: breachId, client_id: c.id, notice_hours: c.breach_notice_hours, notified_at: null, channel: null, reference: null })))
      .execute();
  }
  await recordBreachEvent(trx, {
    breachId,
    action: 'breach.roles-set',
    actor,
    at: now,
    facts: { controllerSide: roles.controllerSide, clientIds, processorReportedAt: roles.processorReportedAt ?? null, nis2Significant: roles.nis2Significant },
  });
}

/** Sets a breach's roles (see {@link writeBreachRoles}), audited; a closed breach is refused. */
export async function setBreachRoles(db: Kysely<Database>, input: z.output<typeof breachRolesSchema>, actor: string, now: Date): Promise<BreachRoles> {
  const id = await db.transaction().execute(async (trx) => {
    const row = await loadBreach(trx, input.breachId);
    requireNotClosed(row);
    await writeBreachRoles(trx, row.id, input, actor, now);
    await trx.updateTable('breaches').set({ updated_at: now.toISOString() }).where('id', '=', row.id).execute();
    return row.id;
  });
  return loadBreachRoles(db, id);
}

function refuseFuture(sentAt: string, now: Date): void {
  if (Date.parse(sentAt) > now.getTime()) throw new AppError('VALIDATION', msg('msg.error.request.futureTime'), [fieldIssue('sentAt', msg('msg.error.request.futureTime'))]);
}

/**
 * Records, in the caller's transaction, the Art. 33(2) notice sent to one client affected by
 * the breach, audited (the reference only as a flag); returns the breach's id.
 */
export async function recordClientNoticeInTransaction(trx: Transaction<Database>, input: z.output<typeof clientNoticeSchema>, actor: string, now: Date): Promise<string> {
  refuseFuture(input.sentAt, now);
  const row = await loadBreach(trx, input.breachId);
  requireNotClosed(row);
  const result = await trx
      .updateTable('breach_clients')
    .set({ notified_at: input.sentAt, channel: input.channel, reference: input.reference ?? null })
    .where('breach_id', '=', row.id)
    .where('client_id', '=', input.clientId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const detail = msg('msg.error.clientNotOnBreach');
    throw new AppError('VALIDATION', detail, [fieldIssue('clientId', detail)]);
  }
  await trx.updateTable('breaches').set({ updated_at: now.toISOString() }).where('id', '=', row.id).execute();
  await recordBreachEvent(trx, { breachId: row.id, action: 'breach.client-notified', actor, at: now, facts: { clientId: input.clientId, sentAt: input.sentAt, channel: input.channel } });
  return row.id;
}

/** Records the Art. 33(2) notice sent to one client affected by the breach (see {@link recordClientNoticeInTransaction}). */
export async function recordClientNotice(db: Kysely<Database>, input: z.output<typeof clientNoticeSchema>, actor: string, now: Date): Promise<BreachRoles> {
  const id = await db.transaction().execute((trx) => recordClientNoticeInTransaction(trx, input, actor, now));
  return loadBreachRoles(db, id);
}

const STAGE_COLUMN = {
  'early-warning': 'nis2_early_warning_at',
  notification: 'nis2_notification_at',
  progress: 'nis2_progress_report_at',
  final: 'nis2_final_report_at',
} as const;

/** Where each report's own CSIRT reference is kept (migration 0032): one per report, never one report's over another's. */
const REFERENCE_COLUMN = {
  'early-warning': 'nis2_early_warning_reference',
  notification: 'nis2_notification_reference',
  progress: 'nis2_progress_reference',
  final: 'nis2_final_reference',
} as const;

/**
 * Records, in the caller's transaction, a NIS2 report sent to the CSIRT, audited; returns the
 * breach's id. Only a breach marked as a significant incident has them. The final report
 * follows the incident notification (Art. 23(4)(d)), and so does the progress report, which
 * an incident still ongoing at that month owes in its place (Art. 23(4)(e); D.Lgs. 138/2024
 * art. 25, comma 5, lett. e)): either before the notification is refused, naming it. A
 * reference given is that report's own (the CSIRT's protocol for it); one recorded again
 * without a reference keeps the one it had.
 */
export async function recordNis2ReportInTransaction(trx: Transaction<Database>, input: z.output<typeof nis2ReportSchema>, actor: string, now: Date): Promise<string> {
  refuseFuture(input.sentAt, now);
  const row = await loadBreach(trx, input.breachId);
  requireNotClosed(row);
  const roles = await loadBreachRoles(trx, row.id);
  if (!roles.nis2Significant) {
    const detail = msg('msg.error.nis2NotSignificant');
    throw new AppError('VALIDATION', detail, [fieldIssue('stage', detail)]);
  }
  if ((input.stage === 'final' || input.stage === 'progress') && roles.nis2.notificationAt === null) {
    const detail = msg(input.stage === 'final' ? 'msg.error.nis2FinalBeforeNotification' : 'msg.error.nis2ProgressBeforeNotification');
    throw new AppError('VALIDATION', detail, [fieldIssue('stage', detail)]);
  }
  await trx
    .updateTable('breach_roles')
    .set({ [STAGE_COLUMN[input.stage]]: input.sentAt, ...(input.reference ? { [REFERENCE_COLUMN[input.stage]]: input.reference } : {}) })
    .where('breach_id', '=', row.id)
    .execute();
  await trx.updateTable('breaches').set({ updated_at: now.toISOString() }).where('id', '=', row.id).execute();
  await recordBreachEvent(trx, { breachId: row.id, action: 'breach.nis2-reported', actor, at: now, facts: { stage: input.stage, sentAt: input.sentAt } });
  return row.id;
}

/** Records a NIS2 report sent to the CSIRT (see {@link recordNis2ReportInTransaction}). */
export async function recordNis2Report(db: Kysely<Database>, input: z.output<typeof nis2ReportSchema>, actor: string, now: Date): Promise<BreachRoles> {
  const id = await db.transaction().execute((trx) => recordNis2ReportInTransaction(trx, input, actor, now));
  return loadBreachRoles(db, id);
}
