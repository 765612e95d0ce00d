import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { BreachSummary } from '../../shared/breaches';
import type { CaseClock } from '../../shared/case-clocks';
import type { BreachRoles } from '../../shared/clients';
import type { BreachNextAction, DashboardBreachRow } from '../../shared/dashboard';
import { SUMMARY_COLUMNS, toSummary } from '../breaches/register/breach-summary';
import { recordedNotices } from '../breaches/register/recorded-notices';
import type { RecordedNotice } from '../breaches/register/notification-rules';
import { breachClocksWithRoles } from '../clocks/breach-clocks-of';
import { loadBreachRolesOf } from '../clients/breach-roles-of';
import { readSettings } from '../settings/settings-service';
import { breachNextAction } from './next-action';
import { followUpOf, readFollowUpPeriod } from '../breaches/register/follow-up';

/** Breaches not yet closed: the dashboard's first block. */
export const OPEN_BREACH_STATUSES = ['open', 'assessed', 'notified'] as const;

/** At most this many breaches are read to order them by urgency (far more than are ever open at once). */
const READ_CAP = 500;

/** Running clocks first (overdue, then least time left), then those already stopped. */
function urgencyOrder(a: BreachSummary, b: BreachSummary): number {
  const running = (s: BreachSummary) => (clockRunning(s) ? 0 : 1);
  return running(a) - running(b) || Date.parse(a.authorityDeadline) - Date.parse(b.authorityDeadline) || a.reference.localeCompare(b.reference);
}

/**
 * Every breach not yet closed as a register row, its clock read at `now`, the most urgent
 * first (at most 500 are read, far more than are ever open at once), and how many there are.
 */
export async function openBreachSummaries(db: Kysely<Database>, now: Date): Promise<{ total: number; summaries: BreachSummary[]; notices: Map<string, RecordedNotice[]> }> {
  const open = [...OPEN_BREACH_STATUSES];
  const [{ total }, rows] = await Promise.all([
    db.selectFrom('breaches').select((eb) => eb.fn.countAll<number>().as('total')).where('status', 'in', open).executeTakeFirstOrThrow(),
    db.selectFrom('breaches').select([...SUMMARY_COLUMNS]).where('status', 'in', open).orderBy('aware_utc').limit(READ_CAP).execute(),
  ]);
  const notices = await recordedNotices(db, rows.map((row) => row.id));
  return { total, summaries: rows.map((row) => toSummary(row, notices.get(row.id) ?? [], now)).sort(urgencyOrder), notices };
}

/** True while the 72 hours run, or have run out, without a notice to the authority. */
export function clockRunning(summary: Pick<BreachSummary, 'clock'>): boolean {
  return summary.clock === 'running' || summary.clock === 'overdue';
}

/**
 * On a breach that touches only clients' data the next step is telling the clients while a
 * client's notice is still owed (Art. 33(2)); null otherwise (the usual next step applies).
 */
function processorOnlyNextAction(controllerSide: boolean, open: readonly CaseClock[]): BreachNextAction | null {
  return !controllerSide && open.some((c) => c.kind === 'gdpr-client') ? 'notify-clients' : null;
}

/**
 * Every breach not yet closed, with its 72-hour deadline and the hours left at `now`
 * (the register's own clock; not ours when the breach touches only clients' data), the complete notification still owed after a preliminary
 * one (Art. 33(4)) and the other clocks it still owes (clients' notices, NIS2 reports), the
 * running clocks first. `total` counts with the same filter.
 */
export async function breachClocks(db: Kysely<Database>, now: Date, window: { today: string; timeZone: string }): Promise<{ total: number; rows: DashboardBreachRow[] }> {
  const [{ total, summaries, notices }, period, settings] = await Promise.all([openBreachSummaries(db, now), readFollowUpPeriod(db), readSettings(db)]);
  const roles = await loadBreachRolesOf(db, summaries.map((s) => s.id));
  const clocks = summaries.map((s) => {
    const own = roles.get(s.id) as BreachRoles;
    return { roles: own, clocks: breachClocksWithRoles(s, own, settings, now) };
  });
  const others = clocks.map(({ clocks: all }) => all.filter((c) => c.kind !== 'gdpr-authority' && c.doneAt === null && c.status !== 'waiting'));
  return {
    total,
    rows: summaries.map((s, i) => {
      const followUp = followUpOf(notices.get(s.id) ?? [], period, window.timeZone, window.today);
      return {
      id: s.id,
      reference: s.reference,
      title: s.title,
      status: s.status,
      awareAt: s.awareAt,
      authorityDeadline: s.authorityDeadline,
      hoursLeft: s.hoursLeft,
      clock: s.clock,
      urgency: s.urgency,
      followUp,
      controllerSide: clocks[i]?.roles.controllerSide ?? true,
      nextAction: processorOnlyNextAction(clocks[i]?.roles.controllerSide ?? true, others[i] ?? []) ?? breachNextAction(s, followUp !== null),
      otherClocks: others[i] ?? [],
      };
    }),
  };
}
