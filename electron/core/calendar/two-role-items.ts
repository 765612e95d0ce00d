import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CalendarItem } from '../../shared/calendar';
import type { ClockKind } from '../../shared/case-clocks';
import type { BreachRoles } from '../../shared/clients';
import { SUMMARY_COLUMNS, toSummary } from '../breaches/register/breach-summary';
import { recordedNotices } from '../breaches/register/recorded-notices';
import { breachClocksWithRoles } from '../clocks/breach-clocks-of';
import { loadBreachRolesOf } from '../clients/breach-roles-of';
import { OPEN_BREACH_STATUSES } from '../dashboard/breach-clocks';
import { civilDateInZone } from '../deadlines';
import { readSettings } from '../settings/settings-service';
import type { DateRange } from './request-items';

const inRange = (date: string, range: DateRange) => date <= range.to && (range.from === null || date >= range.from);

/**
 * The deadline kind of a breach's clock owed to a client or the CSIRT: the progress report of an
 * incident still ongoing at the month has its own (Directive (EU) 2022/2555 Art. 23(4)(e)), so
 * the calendar names that report, not the final one it stands in for.
 */
function partyKind(kind: ClockKind): 'breach-client' | 'breach-nis2' | 'breach-nis2-progress' {
  if (kind === 'gdpr-client') return 'breach-client';
  return kind === 'nis2-progress' ? 'breach-nis2-progress' : 'breach-nis2';
}

/**
 * The clocks of open breaches owed to others than the authority, still to be met: each
 * client's notice under its contract (`breach-client`), the NIS2 reports to the CSIRT
 * (`breach-nis2`) and the progress report owed in place of the final one while the incident
 * goes on (`breach-nis2-progress`), on the day their instant falls on in the organisation's
 * zone. Only breaches
 * with roles recorded are read (a handful), and each is reckoned as its page reckons it.
 */
export async function breachPartyItems(db: Kysely<Database>, range: DateRange, timeZone: string, now: Date): Promise<CalendarItem[]> {
  const settings = await readSettings(db);
  const rows = await db
    .selectFrom('breaches')
    .select([...SUMMARY_COLUMNS])
    .where('status', 'in', [...OPEN_BREACH_STATUSES])
    .where('id', 'in', (eb) => eb.selectFrom('breach_roles').select('breach_id'))
    .orderBy('aware_utc')
    .limit(range.limit)
    .execute();
  const notices = await recordedNotices(db, rows.map((row) => row.id));
  const roles = await loadBreachRolesOf(db, rows.map((row) => row.id));
  const items: CalendarItem[] = [];
  for (const row of rows) {
    const summary = toSummary(row, notices.get(row.id) ?? [], now);
    const clocks = breachClocksWithRoles(summary, roles.get(row.id) as BreachRoles, settings, now);
    for (const clock of clocks) {
      if (clock.dueAt === null || clock.doneAt !== null || clock.kind === 'gdpr-authority') continue;
      const date = civilDateInZone(clock.dueAt, timeZone);
      if (!inRange(date, range)) continue;
      const kind = partyKind(clock.kind);
      items.push({
        id: `${kind}:${row.id}:${clock.partyId ?? clock.kind}`,
        kind,
        caseType: 'breach',
        caseId: row.id,
        reference: row.reference,
        title: kind === 'breach-client' ? `${row.title} · ${clock.party}` : row.title,
        date,
        instant: clock.dueAt,
        clock: null,
        overdue: clock.status === 'overdue',
      });
    }
  }
  return items;
}

/**
 * The date the contract sets for forwarding each open request held for a client, until it is
 * forwarded; read through the request-clients table (a client's requests are few).
 */
export async function processorForwardItems(db: Kysely<Database>, range: DateRange): Promise<CalendarItem[]> {
  let query = db
    .selectFrom('request_clients')
    .innerJoin('requests', 'requests.id', 'request_clients.request_id')
    .innerJoin('clients', 'clients.id', 'request_clients.client_id')
    .select(['requests.id', 'requests.reference', 'requests.subject_name', 'clients.name', 'request_clients.forward_by'])
    .where('requests.is_open', '=', 1)
    .where('request_clients.forwarded_on', 'is', null)
    .where('request_clients.forward_by', 'is not', null)
    .where('request_clients.forward_by', '<=', range.to);
  if (range.from !== null) query = query.where('request_clients.forward_by', '>=', range.from);
  const rows = await query.orderBy('request_clients.forward_by').limit(range.limit).execute();
  return rows.map((row) => ({
    id: `processor-forward:${row.id}`,
    kind: 'processor-forward',
    caseType: 'request',
    caseId: row.id,
    reference: row.reference,
    title: `${row.subject_name} · ${row.name}`,
    date: row.forward_by ?? '',
    instant: null,
    clock: null,
    overdue: (row.forward_by ?? '') < range.today,
  }));
}
