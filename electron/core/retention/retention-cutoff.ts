import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { addMonths } from '../deadlines';
import { organisationToday } from '../calendar/organisation-today';
import { startOfDay } from '../calendar/zoned-instant';
import { readDeadlinePreferences } from '../reminders/deadline-preferences';

/** The vault's own retention period and the instant before which a closed case is old enough to delete. */
export interface RetentionCutoff {
  periodMonths: number | null;
  /** Midnight (organisation's zone) of today minus the period, as a UTC instant; null without a period. */
  cutoff: string | null;
  cutoffDate: string | null;
}

/** Reads the period the DPO set and turns it into the cutoff instant at `now`. */
export async function retentionCutoff(db: Kysely<Database>, now: Date): Promise<RetentionCutoff> {
  const { closedCaseRetentionMonths: months } = await readDeadlinePreferences(db);
  if (months === null) return { periodMonths: null, cutoff: null, cutoffDate: null };
  const { timeZone, today } = await organisationToday(db, now);
  const cutoffDate = addMonths(today, -months).date;
  return { periodMonths: months, cutoff: startOfDay(cutoffDate, timeZone).toISOString(), cutoffDate };
}
