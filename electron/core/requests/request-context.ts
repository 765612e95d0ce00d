import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Regime } from '../../shared/requests';
import { DEFAULT_JURISDICTION, type OrganisationCommitments } from '../deadlines';
import type { DeadlineOptions } from './request-deadlines';
import { AppError } from '../errors';
import { readSettings } from '../settings/settings-service';
import { msg } from '../i18n';

/** What the organisation's settings contribute to every request: its zone, calendar and promises. */
export interface RequestContext {
  timeZone: string;
  country: string;
  subdivision: string | null;
  commitments: OrganisationCommitments;
  /** How the organisation reads the points the law leaves open (Settings → Organisation). */
  deadlineOptions: DeadlineOptions;
}

/**
 * Reads the settings requests depend on. Without a time zone and a country no date can be
 * computed honestly, so their absence is a clear error rather than a silent default.
 */
export async function readRequestContext(db: Kysely<Database>): Promise<RequestContext> {
  const settings = await readSettings(db);
  const timeZone = settings['organisation.timeZone'];
  const country = settings['organisation.country'];
  if (!timeZone || !country) {
    const missing = !country && !timeZone ? 'both' : !country ? 'country' : 'timeZone';
    throw new AppError('VALIDATION', msg(`msg.error.settings.missing.${missing}`));
  }
  return {
    timeZone,
    country,
    subdivision: settings['organisation.subdivision'],
    commitments: {
      responseDays: settings['commitments.responseDays'],
      complexResponseDays: settings['commitments.complexResponseDays'],
      acknowledgeDays: settings['commitments.acknowledgeDays'],
    },
    deadlineOptions: {
      gdprExtension: settings['deadlines.gdprExtension'] ?? 'from-receipt',
      gdprIdentity: settings['deadlines.gdprIdentity'] ?? 'keeps-running',
      ccpaBusinessDays: settings['deadlines.ccpaBusinessDays'] ?? 'california',
    },
  };
}

/**
 * The holiday calendar for a request: for the GDPR, the controller's own member state (and
 * region); for the other regimes, the calendar the law implies (UK GDPR uses England's
 * unless the organisation is in another UK nation).
 */
export function jurisdictionFor(regime: Regime, context: Pick<RequestContext, 'country' | 'subdivision'>): string {
  const own = context.subdivision ? `${context.country}-${context.subdivision}` : context.country;
  if (regime === 'gdpr') return own;
  if (regime === 'uk-gdpr' && context.country === 'GB' && context.subdivision) return own;
  return DEFAULT_JURISDICTION[regime];
}
