import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema';
import type { BreachSummary } from '../../shared/breaches';
import type { CaseClock } from '../../shared/case-clocks';
import type { BreachRoles } from '../../shared/clients';
import type { Settings } from '../../shared/settings';
import { loadBreachRoles } from '../clients/breach-roles';
import { breachCaseClocks } from './breach-case-clocks';

/** The organisation says it is an essential or important entity under NIS2. */
export function nis2InScope(settings: Pick<Settings, 'nis2.scope'>): boolean {
  return settings['nis2.scope'] === 'essential' || settings['nis2.scope'] === 'important';
}

type ClockSummary = Pick<BreachSummary, 'id' | 'awareAt' | 'authorityDeadline' | 'clock' | 'urgency' | 'authorityNotifiedAt' | 'occurredTo'>;

/**
 * Every clock a breach carries at `now`, from its register row as summarised, its roles (as
 * `loadBreachRolesOf` reads them, for many breaches at once) and the settings. Without an
 * organisation zone the one-month NIS2 report is reckoned in UTC.
 */
export function breachClocksWithRoles(summary: ClockSummary, roles: BreachRoles, settings: Pick<Settings, 'nis2.scope' | 'organisation.timeZone'>, now: Date): CaseClock[] {
  return breachCaseClocks(
    {
      awareAt: summary.awareAt,
      authorityDeadline: summary.authorityDeadline,
      authorityClock: summary.clock,
      authorityUrgency: summary.urgency,
      firstAuthorityNotice: summary.authorityNotifiedAt,
      roles,
      nis2InScope: nis2InScope(settings),
      incidentEndAt: summary.occurredTo,
      timeZone: settings['organisation.timeZone'] ?? 'UTC',
    },
    now,
  );
}

/** One breach's roles, read from the vault, and every clock it carries at `now` (see {@link breachClocksWithRoles}). */
export async function breachClocksOf(
  db: Kysely<Database> | Transaction<Database>,
  summary: ClockSummary,
  settings: Pick<Settings, 'nis2.scope' | 'organisation.timeZone'>,
  now: Date,
): Promise<{ roles: BreachRoles; clocks: CaseClock[] }> {
  const roles = await loadBreachRoles(db, summary.id);
  return { roles, clocks: breachClocksWithRoles(summary, roles, settings, now) };
}
