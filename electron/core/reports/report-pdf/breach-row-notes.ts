import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { BreachRoles } from '../../../shared/clients';
import { hoursBetween } from '../../breaches/register/breach-clock';
import { loadBreachRolesOf } from '../../clients/breach-roles-of';
import type { BreachRegisterRow } from '../build-audit-report';
import type { BreachEffects } from './breach-effects';
import type { ReportWords } from './report-words';

/** What the Art. 33(5) register prints of a breach beyond its cells. */
export interface BreachRowNotes {
  /**
   * For an open breach whose authority notification is still owed: when it is due and the hours left, or how long
   * it is overdue, as read when the report is made (Art. 33(1)); printed where the first notification would be.
   */
  authorityDue: string | null;
  /**
   * The full-width line under the row (review 4, D23): why it was not notified (Art. 33(5)), the notices to the
   * clients whose data it touches (Art. 33(2)) and the NIS2 reports to the CSIRT, each on its own line; null when
   * none applies.
   */
  note: string | null;
}

/** The row's breach still owes the authority its first notification: open, ours as controller, not decided against. */
function owesAuthority(row: BreachRegisterRow, roles: BreachRoles | undefined): boolean {
  return row.status !== 'closed' && row.first_authority_notice === null && row.dpo_notify_authority !== 0 && (roles?.controllerSide ?? true);
}

function authorityDue(row: BreachRegisterRow, now: Date, w: ReportWords): string {
  const hours = hoursBetween(now.getTime(), Date.parse(row.authority_deadline));
  const values = { 'breach.due': w.instant(row.authority_deadline), 'breach.hours': w.decimal(Math.abs(hours)) };
  return w.t(hours < 0 ? 'authorityDueOverdue' : 'authorityDueRunning', values);
}

function clientLine(roles: BreachRoles, w: ReportWords): string | null {
  if (roles.clients.length === 0) return null;
  const list = roles.clients.map((c) => {
    const client = { 'client.name': c.clientName, 'client.at': c.notifiedAt ? w.instant(c.notifiedAt) : '', 'client.reference': c.reference ?? '' };
    if (!c.notifiedAt) return w.t('clientNotYetTold', client);
    return w.t(c.reference ? 'clientNotifiedRef' : 'clientNotified', client);
  });
  return w.t('clientNotices', { 'breach.list': list.join('; ') });
}

function nis2Line(roles: BreachRoles, w: ReportWords): string | null {
  const { nis2 } = roles;
  // Each report with its own CSIRT reference (review 6, F16).
  const sent = (
    [
      ['nis2EarlyWarning', nis2.earlyWarningAt, nis2.references['early-warning']],
      ['nis2Notification', nis2.notificationAt, nis2.references.notification],
      ['nis2Progress', nis2.progressReportAt, nis2.references.progress],
      ['nis2Final', nis2.finalReportAt, nis2.references.final],
    ] as const
  ).flatMap(([key, at, reference]) => {
    if (!at) return [];
    const line = w.t(key, { 'report.at': w.instant(at) });
    return [reference ? w.t('nis2ReportRef', { 'report.line': line, 'report.reference': reference }) : line];
  });
  if (sent.length === 0) return null;
  return w.t('nis2Reports', { 'breach.list': sent.join('; ') });
}

/**
 * The notes of each breach row, by id, read at `now` (the report's making): the authority's due time of an open breach
 * not yet notified (review 4, D7), and the full-width line under the row with the reason for not notifying, the client
 * notices and the NIS2 reports recorded (D7, D23). Two queries per 500 breaches, not one per breach.
 */
export async function breachRowNotes(
  db: Kysely<Database>,
  rows: readonly BreachRegisterRow[],
  effects: ReadonlyMap<string, BreachEffects>,
  now: Date,
  w: ReportWords,
): Promise<Map<string, BreachRowNotes>> {
  const roles = await loadBreachRolesOf(db, rows.map((row) => row.id));
  return new Map(
    rows.map((row) => {
      const own = roles.get(row.id);
      const lines = [effects.get(row.id)?.whyNotNotified ?? null, own ? clientLine(own, w) : null, own ? nis2Line(own, w) : null].filter((line): line is string => line !== null);
      return [row.id, { authorityDue: owesAuthority(row, own) ? authorityDue(row, now, w) : null, note: lines.length > 0 ? lines.join('\n') : null }];
    }),
  );
}
