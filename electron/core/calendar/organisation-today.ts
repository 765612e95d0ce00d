import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { todayInZone } from '../deadlines';
import { AppError } from '../errors';
import { readSettings } from '../settings/settings-service';
import { msg } from '../i18n';

/**
 * The organisation's zone and today's date in it. Without a zone no deadline can be placed on
 * a day honestly, so its absence is the same clear error the requests give.
 */
export async function organisationToday(db: Kysely<Database>, now: Date): Promise<{ timeZone: string; today: string }> {
  const timeZone = (await readSettings(db))['organisation.timeZone'];
  if (!timeZone) {
    throw new AppError('VALIDATION', msg('msg.error.settings.missing.timeZone'));
  }
  return { timeZone, today: todayInZone(timeZone, now) };
}
