import type { CitationId } from './citations';
import type { HolidayCalendar } from './holiday-calendar';
import { LegalCalendar, easterPlus, fixedDay, mondayBefore25May, nthWeekday, type StatutoryHoliday } from './legal-calendar';
import type { Regime } from '../../shared/regimes';

/**
 * Each regime's own law on computing time: the general statute that says whether a period
 * whose last day is a weekend day or a public holiday ends on the next working day, and
 * which days count as holidays for it.
 *
 * - `moves`: the statute moves the end (and `saturdayMoves` says whether a Saturday is one of
 *   the days it moves off).
 * - `silent`: no general statute applies to a private controller's act; the end stays where
 *   the days run out and the explanation says the law is silent.
 */
export interface TimeLaw {
  citation: CitationId;
  effect: 'moves' | 'silent';
  saturdayMoves: boolean;
  /** Days the statute names that `date-holidays` does not list, by jurisdiction code or country. */
  overlay: Readonly<Record<string, readonly StatutoryHoliday[]>>;
}

/**
 * Algemene termijnenwet art. 3(1): the holidays are New Year's Day, Easter Monday, Whit
 * Monday, Christmas and Boxing Day, Ascension Day, King's Day and 5 May — every year, while
 * the Dutch calendar observes Liberation Day as a day off only every fifth year.
 */
const NL_ATW: readonly StatutoryHoliday[] = [{ name: 'Liberation Day (Algemene termijnenwet art. 3)', nameIt: 'Festa della Liberazione (Algemene termijnenwet, art. 3)', dates: fixedDay(5, 5) }];

/**
 * Interpretation Act (Canada) s. 35(1) "holiday": besides Sunday, New Year's Day, Good
 * Friday, Canada Day, Labour Day and Christmas Day (in `date-holidays`), Easter Monday,
 * Victoria Day, Thanksgiving (proclaimed each year), Remembrance Day and the National Day
 * for Truth and Reconciliation (added 2021). Saturday is not a holiday.
 */
const CA_S35: readonly StatutoryHoliday[] = [
  { name: 'Easter Monday (Interpretation Act s. 35)', nameIt: 'Lunedì dell\'Angelo (Interpretation Act, s. 35)', dates: easterPlus(1) },
  { name: 'Victoria Day (Interpretation Act s. 35)', nameIt: 'Victoria Day (Interpretation Act, s. 35)', dates: mondayBefore25May },
  { name: 'National Day for Truth and Reconciliation (Interpretation Act s. 35)', nameIt: 'Giornata nazionale per la verità e la riconciliazione (Interpretation Act, s. 35)', dates: fixedDay(9, 30) },
  { name: 'Thanksgiving Day (Interpretation Act s. 35)', nameIt: 'Giorno del Ringraziamento (Interpretation Act, s. 35)', dates: nthWeekday(10, 1, 2) },
  { name: 'Remembrance Day (Interpretation Act s. 35)', nameIt: 'Giorno della Memoria dei caduti (Interpretation Act, s. 35)', dates: fixedDay(11, 11) },
];

/** 2 July when 1 July falls on a Sunday (Québec Interpretation Act s. 61(23)(f)). */
const secondJulyAfterSunday = (year: number): string[] => (new Date(Date.UTC(year, 6, 1)).getUTCDay() === 0 ? [`${year}-07-02`] : []);

/**
 * Québec Interpretation Act (CQLR c. I-16) s. 61(23) "holiday": Sundays, 1 January, Good
 * Friday, Easter Monday, 24 June, 1 July (or 2 July when the 1st is a Sunday), Labour Day,
 * the second Monday of October, 25 December, the Sovereign's birthday as proclaimed (the
 * Monday before 25 May) and days proclaimed. `date-holidays`' CA-QC calendar has all of them
 * as public holidays except Easter Monday (only "optional" there) and 2 July.
 */
const QC_S61: readonly StatutoryHoliday[] = [
  { name: 'Easter Monday (Interpretation Act (Québec) s. 61(23))', nameIt: 'Lunedì dell\'Angelo (Loi d\'interprétation (Québec), art. 61(23))', dates: easterPlus(1) },
  { name: 'Canada Day moved from Sunday (Interpretation Act (Québec) s. 61(23)(f))', nameIt: 'Festa del Canada spostata dalla domenica (Loi d\'interprétation (Québec), art. 61(23)(f))', dates: secondJulyAfterSunday },
];

/**
 * Cal. Code Civ. Proc. § 12a counts as holidays every Saturday and the judicial holidays of
 * § 135: the full-day holidays of Gov. Code § 6700 (Admission Day excepted), Thanksgiving and
 * the day after. `date-holidays`' US-CA calendar lacks Lincoln Day (Gov. Code § 6700(d)).
 */
const CA_CCP_135: readonly StatutoryHoliday[] = [{ name: 'Lincoln Day (Gov. Code § 6700; CCP § 135)', nameIt: 'Lincoln Day (Gov. Code, § 6700; CCP, § 135)', dates: fixedDay(2, 12) }];

const moves = (citation: CitationId, saturdayMoves: boolean, overlay: TimeLaw['overlay'] = {}): TimeLaw => ({
  citation,
  effect: 'moves',
  saturdayMoves,
  overlay,
});

/** The computing-time law of each regime. */
export const TIME_LAWS = {
  gdpr: moves('reg-1182-71-art-3', true, { NL: NL_ATW }),
  'uk-gdpr': moves('ico-time-limits', true),
  ccpa: moves('cal-ccp-12a', true, { 'US-CA': CA_CCP_135 }),
  lgpd: moves('br-cc-132', false),
  pipeda: moves('ca-interpretation-26', false, { CA: CA_S35 }),
  'ch-fadp': moves('ch-co-78', true),
  'qc-law25': moves('qc-interpretation-52', false, { 'CA-QC': QC_S61 }),
  'us-va': { citation: 'va-code-1-210', effect: 'silent', saturdayMoves: false, overlay: {} },
  'us-co': moves('co-crs-2-4-108', true),
  'us-ct': { citation: 'ct-time-silent', effect: 'silent', saturdayMoves: false, overlay: {} },
  'us-ut': moves('ut-code-68-3-7', true),
  'us-tx': moves('tx-gov-311-014', true),
  'us-or': moves('or-ors-174-120', true),
  'sg-pdpa': moves('sg-interpretation-50', false),
  'au-privacy': moves('au-aia-36', true),
} as const satisfies Record<Regime, TimeLaw>;

/** The computing-time law of a regime. */
export function timeLaw(regime: Regime): TimeLaw {
  return TIME_LAWS[regime];
}

/**
 * The calendar a regime's computing-time law uses in a jurisdiction: the public holidays of
 * `date-holidays` plus the statute's own days (by full code first, then by country), with
 * Saturday a holiday or not as the statute says.
 */
export function legalCalendarFor(regime: Regime, base: HolidayCalendar): HolidayCalendar {
  const law = timeLaw(regime);
  const overlay = law.overlay[base.jurisdiction.code] ?? law.overlay[base.jurisdiction.country] ?? [];
  return new LegalCalendar(base, { saturdayMoves: law.saturdayMoves, overlay });
}
