import { sql, type Kysely } from 'kysely';
import { instantSortKey } from '../../../db/dialect-sql';
import type { Database, RequestRow } from '../../../db/schema';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { addDays, civilDateInZone, todayInZone } from '../deadlines';
import { checkCommitments } from '../settings/commitment-check';
import { readSettings } from '../settings/settings-service';
import type { AuditReport, ReportProgress } from './audit-report-types';
import { BreachFiguresBuilder, type BreachFactsRow } from './breach-figures';
import { completeNotificationsOwed } from './complete-notifications-owed';
import { RequestFiguresBuilder } from './request-figures';
import type { ReportRange } from './report-range';

const PAGE = 2000;
const REQUEST_COLUMNS = [
  'id', 'reference', 'regime', 'types', 'channel', 'status', 'is_open', 'received_date', 'time_zone', 'closed_at', 'legal_due',
  'legal_extended_due', 'legal_binding_due', 'org_due', 'extended_at', 'outcome', 'refusal_ground', 'identity_outcome', 'subject_name',
  'legal_days_late', 'org_days_late',
] as const;
/**
 * A request as the report reads it; for one received as processor, the client (the controller), the date the agreement
 * wants it forwarded by (Art. 28(3)(e) GDPR) and the date it was forwarded; all null for the organisation's own requests.
 */
export type RequestRegisterRow = Pick<RequestRow, (typeof REQUEST_COLUMNS)[number]> & {
  client_id: string | null;
  client_name: string | null;
  forward_by: string | null;
  forwarded_on: string | null;
};
/** The client a request was received for (processor capacity), or null. */
const CLIENT_OF = sql<string | null>`(SELECT rc.client_id FROM request_clients rc WHERE rc.request_id = requests.id)`.as('client_id');
const CLIENT_NAME = sql<string | null>`(SELECT c.name FROM request_clients rc JOIN clients c ON c.id = rc.client_id WHERE rc.request_id = requests.id)`.as('client_name');
const FORWARD_BY = sql<string | null>`(SELECT rc.forward_by FROM request_clients rc WHERE rc.request_id = requests.id)`.as('forward_by');
const FORWARDED_ON = sql<string | null>`(SELECT rc.forwarded_on FROM request_clients rc WHERE rc.request_id = requests.id)`.as('forwarded_on');

/**
 * How many requests (void ones left out) were received in the range, counted from indexes
 * alone: those received in the range (the received-date index covers it), less the void ones
 * among them (found through a status index, and few). Asking for `status != 'void'` in one
 * count would read every row of the table, whose pages (some 2 kB a request, most of it the
 * deadlines) are decrypted one by one: for 100,000 requests that took longer than the rest
 * of the reading together, only to learn the total the progress shows.
 */
async function countRequestsInRange(db: Kysely<Database>, range: ReportRange): Promise<number> {
  const received = db.selectFrom('requests').where('received_date', '>=', range.from).where('received_date', '<=', range.to);
  const all = await received.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const voided = await received.where('status', '=', 'void').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(all.n) - Number(voided.n);
}

/** Where a page of the register ends: the last row's receipt date and its reference's year and number. */
interface RegisterCursor {
  date: string;
  year: number;
  seq: number;
}

/**
 * One page of the requests received in the range after `cursor` (void ones left out), in the
 * register's order: receipt date, then the reference's year and number (the order of
 * registration; a request whose receipt a correction moved into another year keeps its
 * reference). In the vault every column it reads
 * is in the `requests_register` index, in that order, so SQLite reads that index alone.
 */
export function registerPageQuery(db: Kysely<Database>, range: ReportRange, cursor: RegisterCursor | null) {
  return db
    .selectFrom('requests')
    .select([...REQUEST_COLUMNS, 'ref_year', 'ref_seq', CLIENT_OF, CLIENT_NAME, FORWARD_BY, FORWARDED_ON])
    .where('received_date', '<=', range.to)
    .where('status', '!=', 'void')
    .where(cursor ? sql<boolean>`(received_date, ref_year, ref_seq) > (${cursor.date}, ${cursor.year}, ${cursor.seq})` : sql<boolean>`received_date >= ${range.from}`)
    .orderBy('received_date')
    .orderBy('ref_year')
    .orderBy('ref_seq')
    .limit(PAGE);
}

/**
 * Reads the requests received in the range page by page (keyset on the receipt date and the
 * reference, {@link registerPageQuery}), so the report's memory does not grow with
 * the vault. Void requests (registered in error) are left out. Calls (and awaits) `each` for every row.
 */
export async function forEachRequestInRange(
  db: Kysely<Database>,
  range: ReportRange,
  each: (row: RequestRegisterRow) => void | Promise<void>,
  progress?: (done: number, total: number) => void,
): Promise<number> {
  const total = await countRequestsInRange(db, range);
  let done = 0;
  let cursor: RegisterCursor | null = null;
  for (;;) {
    const rows = await registerPageQuery(db, range, cursor).execute();
    for (const row of rows) await each(row);
    done += rows.length;
    progress?.(done, total);
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    cursor = { date: last.received_date, year: last.ref_year, seq: last.ref_seq };
  }
  return total;
}

/**
 * The breaches the DPO became aware of within the range (in the organisation's zone), with what Art. 33 asks the register
 * to show besides the facts: the remedial steps recorded (how many), the reasons given for a late first notification
 * (Art. 33(1)), and the complete notification still owed after a preliminary one (Art. 33(4)) as of `today`, the day
 * the report is made: when it was planned and how many days it is overdue (negative: days left), as the breach's page
 * and the dashboard count it.
 */
export async function breachesInRange(db: Kysely<Database>, range: ReportRange, timeZone: string, today: string) {
  const firstAuthority = (column: 'sent_at' | 'delay_reasons') =>
    sql<string | null>`(SELECT ${sql.ref(`n.${column}`)} FROM breach_notifications n WHERE n.breach_id = b.id AND n.recipient = 'authority' ORDER BY ${instantSortKey(db, 'n.sent_at')} LIMIT 1)`;
  const rows = await db
    .selectFrom('breaches as b')
    .select([
      'b.id', 'b.reference', 'b.title', 'b.status', 'b.cause', 'b.severity_level', 'b.risk', 'b.aware_at', 'b.authority_deadline',
      'b.facts', 'b.facts_draft', 'b.dpo_notify_authority', 'b.dpo_notify_subjects', 'b.dpo_decision_rationale', 'b.closed_at',
      firstAuthority('sent_at').as('first_authority_notice'),
      firstAuthority('delay_reasons').as('first_notice_delay_reasons'),
      sql<number>`(SELECT count(*) FROM breach_notifications n WHERE n.breach_id = b.id AND n.recipient = 'subjects')`.as('subject_notices'),
      sql<number>`(SELECT count(*) FROM breach_actions a WHERE a.breach_id = b.id)`.as('remedial_actions'),
    ])
    .where('b.aware_utc', '>=', addDays(range.from, -1))
    .where('b.aware_utc', '<', addDays(range.to, 2))
    .orderBy('b.aware_utc')
    .execute();
  const inRange = rows.filter((row) => {
    const day = civilDateInZone(row.aware_at, timeZone);
    return day >= range.from && day <= range.to;
  });
  const owed = await completeNotificationsOwed(db, inRange.filter((row) => row.status !== 'closed').map((row) => row.id), timeZone, today);
  return inRange.map((row) => ({ ...row, remedial_actions: Number(row.remedial_actions), subject_notices: Number(row.subject_notices), complete_notification_owed: owed.get(row.id) ?? null }));
}
export type BreachRegisterRow = Awaited<ReturnType<typeof breachesInRange>>[number] & BreachFactsRow;

/**
 * The receipt dates the report tries its commitments on: one year from the period's start, to
 * the day before its anniversary (365 dates, 366 over a 29 February), so a calendar-year report
 * tries exactly its year, not a day past it (review 8, H10).
 */
function yearOfDates(from: string): number {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(year + 1, month - 1, day) - Date.UTC(year, month - 1, day)) / 86_400_000);
}

/**
 * What a writer keeps of the registers as the report reads them, so they are read once: each
 * request row (awaited, so a writer may stream it to a file with back-pressure), then the breach rows.
 */
export interface RegisterReader {
  request(row: RequestRegisterRow): void | Promise<void>;
  breaches(rows: BreachRegisterRow[]): void;
}

/**
 * The audit report for a range of receipt/awareness dates: request and breach figures, the
 * organisation's commitments with those that outlast the law (receipt dates tried from the
 * range's start), and the audit chain's integrity (verified, with its head hash and event count).
 * `registers` sees every row read on the way, for a writer that prints the registers too.
 */
export async function buildAuditReport(db: Kysely<Database>, range: ReportRange, now: Date, progress?: ReportProgress, registers?: RegisterReader): Promise<AuditReport> {
  const settings = await readSettings(db);
  const timeZone = settings['organisation.timeZone'] ?? 'UTC';
  const today = todayInZone(timeZone, now);
  const requests = new RequestFiguresBuilder(range.to < today ? range.to : today);
  await forEachRequestInRange(
    db,
    range,
    (row) => {
      requests.add(row);
      return registers?.request(row);
    },
    (done, total) => progress?.('requests', done, total),
  );
  const breaches = new BreachFiguresBuilder();
  const breachRows = await breachesInRange(db, range, timeZone, today);
  breachRows.forEach((row) => breaches.add(row));
  registers?.breaches(breachRows);
  progress?.('breaches', breachRows.length, breachRows.length);
  const commitments = {
    responseDays: settings['commitments.responseDays'],
    complexResponseDays: settings['commitments.complexResponseDays'],
    acknowledgeDays: settings['commitments.acknowledgeDays'],
  };
  const datesTried = yearOfDates(range.from);
  const beyondLaw = await checkCommitments(db, now, { commitments, from: range.from, days: datesTried });
  const integrity = await verifyAuditChain(db);
  progress?.('integrity', integrity.eventCount, integrity.eventCount);
  return {
    from: range.from,
    to: range.to,
    generatedAt: now.toISOString(),
    timeZone,
    organisation: settings['organisation.name'],
    requests: requests.result(),
    commitments: { ...commitments, triedFrom: range.from, datesTried, beyondLaw },
    breaches: breaches.result(),
    integrity,
  };
}
