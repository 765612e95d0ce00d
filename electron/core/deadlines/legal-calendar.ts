import { addDays, weekday, type CivilDate } from '../../shared/pure/civil-date';
import type { HolidayCalendar, NonWorkingDay, PublicHoliday } from './holiday-calendar';

/**
 * A day a statute names as a holiday for computing time that `date-holidays` does not list
 * as a public holiday of that place (its calendar follows what is observed, the statute what
 * counts). `dates(year)` gives the day or days in one year.
 */
export interface StatutoryHoliday {
  name: string;
  /** The name as Italian writes it. */
  nameIt: string;
  dates: (year: number) => CivilDate[];
}

/** How a computing-time statute treats the weekend and which days it adds. */
export interface LegalCalendarRule {
  /** True when the statute moves an end that falls on a Saturday (e.g. CCP § 12a, the Swiss act of 1963). */
  saturdayMoves: boolean;
  /** Days the statute adds to the place's public holidays. */
  overlay: readonly StatutoryHoliday[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The same day every year, e.g. `fixed(5, 5)` for 5 May. */
export function fixedDay(month: number, day: number): (year: number) => CivilDate[] {
  return (year) => [`${year}-${pad(month)}-${pad(day)}`];
}

/** The `nth` given weekday (0 Sunday … 6 Saturday) of a month; `nth` -1 for the last one. */
export function nthWeekday(month: number, day: number, nth: number): (year: number) => CivilDate[] {
  return (year) => {
    const first = `${year}-${pad(month)}-01`;
    const offset = (day - weekday(first) + 7) % 7;
    if (nth > 0) return [addDays(first, offset + 7 * (nth - 1))];
    const nextMonth = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
    const last = addDays(nextMonth, -1);
    return [addDays(last, -((weekday(last) - day + 7) % 7))];
  };
}

/** The Monday before 25 May (Canada's Victoria Day, Québec's Journée nationale des patriotes). */
export function mondayBefore25May(year: number): CivilDate[] {
  const may24 = `${year}-05-24`;
  return [addDays(may24, -((weekday(may24) - 1 + 7) % 7))];
}

/**
 * Easter Sunday (Gregorian, anonymous algorithm) plus `offset` days: 1 for Easter Monday,
 * -2 for Good Friday.
 */
export function easterPlus(offset: number): (year: number) => CivilDate[] {
  return (year) => {
    const a = year % 19;
    const b = Math.floor(year / 100);
    const c = year % 100;
    const d = Math.floor(b / 4);
    const e = b % 4;
    const f = Math.floor((b + 8) / 25);
    const g = Math.floor((b - f + 1) / 3);
    const h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4);
    const k = c % 4;
    const l = (32 + 2 * e + 2 * i - h - k) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    const day = ((h + l - 7 * m + 114) % 31) + 1;
    return [addDays(`${year}-${pad(month)}-${pad(day)}`, offset)];
  };
}

/**
 * The calendar a computing-time statute uses: the place's public holidays from
 * `date-holidays`, plus the days the statute adds, with Saturday a holiday or a working day
 * as the statute says. Sunday is a non-working day in every statute the engine knows.
 */
export class LegalCalendar implements HolidayCalendar {
  readonly jurisdiction: HolidayCalendar['jurisdiction'];
  private readonly overlayYears = new Map<number, Map<CivilDate, PublicHoliday>>();

  constructor(
    private readonly base: HolidayCalendar,
    private readonly rule: LegalCalendarRule,
  ) {
    this.jurisdiction = base.jurisdiction;
  }

  private overlayYear(year: number): Map<CivilDate, PublicHoliday> {
    let days = this.overlayYears.get(year);
    if (!days) {
      days = new Map();
      for (const holiday of this.rule.overlay) {
        for (const date of holiday.dates(year)) days.set(date, { date, name: holiday.name, nameIt: holiday.nameIt, substitute: false });
      }
      this.overlayYears.set(year, days);
    }
    return days;
  }

  holidaysIn(year: number): PublicHoliday[] {
    const byDate = new Map<CivilDate, PublicHoliday>();
    for (const h of this.base.holidaysIn(year)) byDate.set(h.date, h);
    for (const h of this.overlayYear(year).values()) if (!byDate.has(h.date)) byDate.set(h.date, h);
    return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  publicHoliday(date: CivilDate): PublicHoliday | null {
    return this.base.publicHoliday(date) ?? this.overlayYear(Number(date.slice(0, 4))).get(date) ?? null;
  }

  nonWorkingDay(date: CivilDate): NonWorkingDay | null {
    const day = weekday(date);
    const weekend = day === 0 ? 'sunday' : day === 6 && this.rule.saturdayMoves ? 'saturday' : null;
    const holiday = this.publicHoliday(date);
    return weekend || holiday ? { date, weekend, holiday } : null;
  }

  isWorkingDay(date: CivilDate): boolean {
    return this.nonWorkingDay(date) === null;
  }
}
