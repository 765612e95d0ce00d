import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { BreachFollowUp } from '../../../shared/breaches';
import { FOLLOW_UP_DEFAULT_DAYS } from '../../../shared/pure/breach-clock';
import { addDays, civilDateInZone, daysBetween } from '../../deadlines';
import { readSettings } from '../../settings/settings-service';
import type { RecordedNotice } from './notification-rules';

/** The period from a preliminary notification to the complete one: the DPO's setting, or the default. */
export interface FollowUpPeriod {
  days: number;
  isDefault: boolean;
}

/** Reads `breaches.followUpDays`; unset, the default of 30 days applies and says so. */
export async function readFollowUpPeriod(db: Kysely<Database>): Promise<FollowUpPeriod> {
  const settings = await readSettings(db);
  const days = settings['breaches.followUpDays'];
  return days === null ? { days: FOLLOW_UP_DEFAULT_DAYS, isDefault: true } : { days, isDefault: false };
}

/**
 * The complete notification a breach still owes (Art. 33(4) GDPR: information may be given
 * in phases "without undue further delay"): due `period.days` after the day of the first
 * preliminary notification to the authority, that day read in the organisation's zone (or,
 * without one, in the offset the notice was written in). Null when no preliminary notice was
 * sent or a complete one is recorded: a supplementary notice does not end it.
 */
export function followUpOf(notices: readonly RecordedNotice[], period: FollowUpPeriod, timeZone: string | null, today: string): BreachFollowUp | null {
  const authority = notices.filter((n) => n.recipient === 'authority');
  if (authority.some((n) => n.phase === 'complete')) return null;
  const preliminary = authority.filter((n) => n.phase === 'preliminary').sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt))[0];
  if (!preliminary) return null;
  const sentDay = timeZone ? civilDateInZone(preliminary.sentAt, timeZone) : preliminary.sentAt.slice(0, 10);
  const due = addDays(sentDay, period.days);
  return { preliminaryAt: preliminary.sentAt, due, days: period.days, defaultPeriod: period.isDefault, daysLeft: daysBetween(today, due) };
}
