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

/**
 * A breach's roles and every clock it carries at `now`, from its register row as summarised
 * and the settings. Without an organisation zone the one-month NIS2 report is reckoned in UTC.
 */
export async function breachClocksOf(
  db: Kysely<Database> | Transaction<Database>,
  summary: Pick<BreachSummary, 'id' | 'awareAt' | 'authorityDeadline' | 'clock' | 'urgency' | 'authorityNotifiedAt'>,
  settings: Pick<Settings, 'nis2.scope' | 'organisation.timeZone'>,
  now: Date,
): Promise<{ roles: BreachRoles; clocks: CaseClock[] }> {
  const roles = await loadBreachRoles(db, summary.id);
  const clocks = breachCaseClocks(
    {
      awareAt: summary.awareAt,
      authorityDeadline: summary.authorityDeadline,
      authorityClock: summary.clock,
      authorityUrgency: summary.urgency,
      firstAuthorityNotice: summary.authorityNotifiedAt,
      roles,
      nis2InScope: nis2InScope(settings),
      timeZone: settings['organisation.timeZone'] ?? 'UTC',
    },
    now,
  );
  return { roles, clocks };
}
