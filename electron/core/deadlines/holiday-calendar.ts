import Holidays from 'date-holidays';
import { addDays, weekday, type CivilDate } from '../../shared/pure/civil-date';
import { parseJurisdiction, type Jurisdiction } from './jurisdiction';

/** One public holiday of a jurisdiction. */
export interface PublicHoliday {
  date: CivilDate;
  /** English name when `date-holidays` has one, else the local name. */
  name: string;
  /** Italian name when `date-holidays` has one, else the English or local name. */
  nameIt: string;
  /** True for a substitute day, e.g. the UK's Monday bank holiday when Christmas is a Saturday. */
  substitute: boolean;
}

/** Why a day is not a working day: a weekend day, a public holiday, or both. */
export interface NonWorkingDay {
  date: CivilDate;
  weekend: 'saturday' | 'sunday' | null;
  holiday: PublicHoliday | null;
}

/**
 * The working-day calendar of one jurisdiction: Saturdays, Sundays and its public holidays
 * are not working days (Reg. 1182/71 Art. 2; ICO "weekend or bank holiday"; CCPA "Monday to
 * Friday, California state holidays excluded").
 */
export interface HolidayCalendar {
  jurisdiction: Jurisdiction;
  /** The public holidays of a year, sorted by date. */
  holidaysIn(year: number): PublicHoliday[];
  /** The public holiday on `date`, or null. */
  publicHoliday(date: CivilDate): PublicHoliday | null;
  /** Why `date` is not a working day, or null when it is one. */
  nonWorkingDay(date: CivilDate): NonWorkingDay | null;
  isWorkingDay(date: CivilDate): boolean;
}

const MS_PER_DAY = 86_400_000;

/**
 * Reads one year's public holidays from `date-holidays`. Only type `public` counts: bank,
 * school, optional days and observances are working days in law. Substitute days
 * (`substitute: true`, e.g. GB 2027-12-27/28, US-CA 2026-07-03) are typed `public` too and
 * are included. The `date` field is the local civil date in the jurisdiction, independent of
 * the machine's zone; a holiday lasting more than one day covers each of its days.
 */
function loadYear(source: Holidays, italianSource: Holidays, year: number): Map<CivilDate, PublicHoliday> {
  const days = new Map<CivilDate, PublicHoliday>();
  const italian = new Map(italianSource.getHolidays(year, 'it').map((holiday) => [`${holiday.date}|${holiday.rule}`, holiday.name]));
  for (const holiday of source.getHolidays(year, 'en')) {
    if (holiday.type !== 'public') continue;
    const first = holiday.date.slice(0, 10);
    const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY));
    for (let i = 0; i < length; i += 1) {
      const date = addDays(first, i);
      if (!days.has(date)) days.set(date, { date, name: holiday.name, nameIt: (italian.get(`${holiday.date}|${holiday.rule}`) ?? holiday.name).replace(' (substitute day)', ' (giorno sostitutivo)'), substitute: holiday.substitute === true });
    }
  }
  return days;
}

class DateHolidaysCalendar implements HolidayCalendar {
  private readonly source: Holidays;
  /** A second instance for the Italian names: date-holidays keeps the last language asked for as its fallback. */
  private readonly italianSource: Holidays;
  private readonly years = new Map<number, Map<CivilDate, PublicHoliday>>();

  constructor(readonly jurisdiction: Jurisdiction) {
    const open = () =>
      jurisdiction.subdivision
        ? new Holidays(jurisdiction.country, jurisdiction.subdivision, { types: ['public'] })
        : new Holidays(jurisdiction.country, { types: ['public'] });
    this.source = open();
    this.italianSource = open();
  }

  private year(year: number): Map<CivilDate, PublicHoliday> {
    let days = this.years.get(year);
    if (!days) {
      days = loadYear(this.source, this.italianSource, year);
      this.years.set(year, days);
    }
    return days;
  }

  holidaysIn(year: number): PublicHoliday[] {
    return [...this.year(year).values()].filter((h) => h.date.startsWith(String(year))).sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  publicHoliday(date: CivilDate): PublicHoliday | null {
    const year = Number(date.slice(0, 4));
    // A multi-day holiday that starts in December can spill into January.
    return this.year(year).get(date) ?? this.year(year - 1).get(date) ?? null;
  }

  nonWorkingDay(date: CivilDate): NonWorkingDay | null {
    const day = weekday(date);
    const weekend = day === 6 ? 'saturday' : day === 0 ? 'sunday' : null;
    const holiday = this.publicHoliday(date);
    return weekend || holiday ? { date, weekend, holiday } : null;
  }

  isWorkingDay(date: CivilDate): boolean {
    return this.nonWorkingDay(date) === null;
  }
}

const calendars = new Map<string, HolidayCalendar>();

/**
 * The calendar for `CC` or `CC-SUB` (or a parsed jurisdiction), cached per jurisdiction.
 *
 * @throws AppError VALIDATION for a country or subdivision `date-holidays` does not know
 */
export function holidayCalendar(jurisdiction: string | Jurisdiction): HolidayCalendar {
  const parsed = typeof jurisdiction === 'string' ? parseJurisdiction(jurisdiction) : jurisdiction;
  let calendar = calendars.get(parsed.code);
  if (!calendar) {
    calendar = new DateHolidaysCalendar(parsed);
    calendars.set(parsed.code, calendar);
  }
  return calendar;
}
