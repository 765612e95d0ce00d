import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CommitmentBeyondLaw } from '../../shared/commitment-check';
import { REGIMES, type Regime } from '../../shared/regimes';
import { homeRegime as homeRegimeCode } from '../../shared/pure/home-regime';
import { commitmentsBeyondLaw, todayInZone, type CivilDate, type OrganisationCommitments } from '../deadlines';
import { jurisdictionFor } from '../requests/request-context';
import { readSettings } from './settings-service';

/** Receipt dates tried: a year and a day, so every month and every weekday of the coming year is met. */
export const DATES_TRIED = 366;

/** The law a controller in `country` answers under at home (as the new-request form assumes), or null. */
function homeRegime(country: string): Regime | null {
  const code = homeRegimeCode(country);
  return REGIMES.find((regime) => regime === code) ?? null;
}

/**
 * The organisation's commitments that end later than the law allows, judged apart from the
 * legal deadlines (see `commitmentsBeyondLaw`). The regimes judged are the organisation's home
 * law and every regime its requests were registered under; the receipt dates tried start on
 * `from` (today in the organisation's zone by default) for a year and a day, or `days`. `commitments`
 * and `place` (country, subdivision) default to the saved ones; Settings passes what is
 * typed, before it is saved.
 */
export async function checkCommitments(
  db: Kysely<Database>,
  now: Date,
  options: { commitments?: OrganisationCommitments; from?: CivilDate; days?: number; place?: { country: string | null; subdivision: string | null } } = {},
): Promise<CommitmentBeyondLaw[]> {
  const settings = await readSettings(db);
  const commitments = options.commitments ?? {
    responseDays: settings['commitments.responseDays'],
    complexResponseDays: settings['commitments.complexResponseDays'],
    acknowledgeDays: settings['commitments.acknowledgeDays'],
  };
  if (commitments.responseDays === null && commitments.complexResponseDays === null && commitments.acknowledgeDays === null) return [];
  const country = options.place ? options.place.country : settings['organisation.country'];
  const subdivision = options.place ? options.place.subdivision : settings['organisation.subdivision'];
  const used = await db.selectFrom('requests').select('regime').distinct().where('status', '!=', 'void').execute();
  const handled = new Set<Regime>(used.map((row) => row.regime));
  const home = country ? homeRegime(country) : null;
  if (home) handled.add(home);
  const place = { country: country ?? '', subdivision };
  // A GDPR period counts the controller's own member state's holidays: without one it cannot be judged.
  const regimes = REGIMES.filter((regime) => handled.has(regime) && (regime !== 'gdpr' || home === 'gdpr')).map((regime) => ({
    regime,
    country: jurisdictionFor(regime, place),
  }));
  return commitmentsBeyondLaw({
    commitments,
    regimes,
    from: options.from ?? todayInZone(settings['organisation.timeZone'] ?? 'UTC', now),
    days: options.days ?? DATES_TRIED,
    gdprExtension: settings['deadlines.gdprExtension'] ?? 'from-receipt',
    ccpaBusinessDays: settings['deadlines.ccpaBusinessDays'] ?? 'california',
  });
}
