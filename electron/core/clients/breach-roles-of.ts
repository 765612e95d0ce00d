import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema';
import type { BreachClientNotice, BreachRoles } from '../../shared/clients';

type Db = Kysely<Database> | Transaction<Database>;

/** A breach with no roles recorded touches the organisation's own data as controller only. */
const CONTROLLER_ONLY: BreachRoles = {
  controllerSide: true,
  processorReportedAt: null,
  clients: [],
  nis2Significant: false,
  nis2: { earlyWarningAt: null, notificationAt: null, progressReportAt: null, finalReportAt: null, references: { 'early-warning': null, notification: null, progress: null, final: null } },
};

/** Ids per query: well under SQLite's limit on bound parameters. */
const CHUNK = 500;

/**
 * The roles of many breaches (by id) in two queries per 500 of them, not two per breach: whose
 * data each touches, each client's notice (by client name), the NIS2 reports. Every id asked
 * for has an entry; one with no roles recorded is the controller's own breach.
 */
export async function loadBreachRolesOf(db: Db, breachIds: readonly string[]): Promise<Map<string, BreachRoles>> {
  const ids = [...new Set(breachIds)];
  const roles = new Map<string, BreachRoles>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const rows = await db.selectFrom('breach_roles').selectAll().where('breach_id', 'in', chunk).execute();
    const clients = await db
      .selectFrom('breach_clients')
      .innerJoin('clients', 'clients.id', 'breach_clients.client_id')
      .select([
        'breach_clients.breach_id',
        'breach_clients.client_id',
        'clients.name',
        'breach_clients.notice_hours',
        'breach_clients.notified_at',
        'breach_clients.channel',
        'breach_clients.reference',
      ])
      .where('breach_clients.breach_id', 'in', chunk)
      .orderBy('clients.name')
      .execute();
    const notices = new Map<string, BreachClientNotice[]>();
    for (const c of clients) {
      const list = notices.get(c.breach_id) ?? [];
      list.push({ clientId: c.client_id, clientName: c.name, noticeHours: c.notice_hours, notifiedAt: c.notified_at, channel: c.channel, reference: c.reference });
      notices.set(c.breach_id, list);
    }
    const byId = new Map(rows.map((row) => [row.breach_id, row]));
    for (const id of chunk) {
      const row = byId.get(id);
      const clientNotices = notices.get(id) ?? [];
      roles.set(
        id,
        row
          ? {
              controllerSide: row.controller_side === 1,
              processorReportedAt: row.processor_reported_at,
              clients: clientNotices,
              nis2Significant: row.nis2_significant === 1,
              nis2: {
                earlyWarningAt: row.nis2_early_warning_at,
                notificationAt: row.nis2_notification_at,
                progressReportAt: row.nis2_progress_report_at,
                finalReportAt: row.nis2_final_report_at,
                references: {
                  'early-warning': row.nis2_early_warning_reference,
                  notification: row.nis2_notification_reference,
                  progress: row.nis2_progress_reference,
                  final: row.nis2_final_reference,
                },
              },
            }
          : { ...CONTROLLER_ONLY, clients: clientNotices },
      );
    }
  }
  return roles;
}
