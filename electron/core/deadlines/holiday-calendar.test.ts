import { describe, expect, it } from 'vitest';
import { holidayCalendar } from './holiday-calendar';
import { renderText } from '../i18n';
import { jurisdictionProblem as problemMessage, parseJurisdiction } from './jurisdiction';

const jurisdictionProblem = (text: string, language: 'en' | 'it' = 'en') => {
  const problem = problemMessage(text);
  return problem && renderText(language, problem);
};
import { addWorkingDays, rollForwardToWorkingDay } from './working-days';

/**
 * Holiday facts checked against the official calendars (Italian law 260/1949 and its
 * amendments, incl. 4 October reinstated from 2026; gov.uk bank holidays; CalHR state
 * holidays), not only against date-holidays.
 */
describe('holiday calendars from date-holidays', () => {
  it('has the Italian national public holidays of 2026 and nothing else', () => {
    expect(holidayCalendar('IT').holidaysIn(2026).map((h) => h.date)).toEqual([
      '2026-01-01', // Capodanno
      '2026-01-06', // Epifania
      '2026-04-05', // Pasqua (a Sunday)
      '2026-04-06', // Lunedì dell'Angelo
      '2026-04-25', // Liberazione
      '2026-05-01', // Festa del lavoro
      '2026-06-02', // Festa della Repubblica
      '2026-08-15', // Ferragosto
      '2026-10-04', // San Francesco d'Assisi, national holiday again from 2026
      '2026-11-01', // Ognissanti
      '2026-12-08', // Immacolata
      '2026-12-25', // Natale
      '2026-12-26', // Santo Stefano
    ]);
  });

  it('includes the UK substitute bank holidays when Christmas and Boxing Day fall at the weekend', () => {
    const england = holidayCalendar('GB-ENG');
    expect(england.publicHoliday('2027-12-27')).toEqual({ date: '2027-12-27', name: 'Christmas Day (substitute day)', nameIt: 'Natale di Gesù (giorno sostitutivo)', substitute: true });
    expect(england.publicHoliday('2027-12-28')).toEqual({ date: '2027-12-28', name: 'Boxing Day (substitute day)', nameIt: 'Santo Stefano (giorno sostitutivo)', substitute: true });
    expect(england.publicHoliday('2026-12-28')?.substitute).toBe(true); // Boxing Day 2026 is a Saturday
    expect(england.publicHoliday('2028-01-03')?.name).toBe("New Year's Day (substitute day)");
    expect(england.isWorkingDay('2028-01-04')).toBe(true);
    // Scotland also has 2 January: in 2028 both substitutes fall on Mon 3 and Tue 4 January.
    expect(holidayCalendar('GB-SCT').isWorkingDay('2028-01-04')).toBe(false);
    expect(holidayCalendar('GB-SCT').publicHoliday('2026-11-30')?.name).toBe('St Andrew’s Day');
    expect(holidayCalendar('GB-NIR').publicHoliday('2026-03-17')?.name).toBe('St Patrick’s Day');
    expect(england.isWorkingDay('2026-03-17')).toBe(true);
  });

  it('has California state holidays, including observed days, but not optional ones', () => {
    const california = holidayCalendar('US-CA');
    expect(california.publicHoliday('2026-03-31')?.name).toBe('César Chávez Day');
    expect(california.publicHoliday('2026-07-03')).toMatchObject({ substitute: true }); // 4 July 2026 is a Saturday
    expect(california.publicHoliday('2026-11-26')?.name).toBe('Thanksgiving Day');
    expect(california.publicHoliday('2026-11-27')?.name).toBe('Day after Thanksgiving Day');
    expect(california.publicHoliday('2026-04-03')).toBeNull(); // Good Friday is not a California holiday
    expect(california.publicHoliday('2026-12-24')).toBeNull(); // Christmas Eve is only "optional"
    expect(california.publicHoliday('2027-12-31')?.substitute).toBe(true); // New Year 2028 is a Saturday
  });

  it('uses the subdivision: Corpus Christi is a holiday in Bavaria, not in Berlin', () => {
    expect(holidayCalendar('DE-BY').isWorkingDay('2026-06-04')).toBe(false);
    expect(holidayCalendar('DE-BE').isWorkingDay('2026-06-04')).toBe(true);
  });

  it('says why a day is not a working day', () => {
    const italy = holidayCalendar('IT');
    expect(italy.nonWorkingDay('2026-08-15')).toEqual({
      date: '2026-08-15',
      weekend: 'saturday',
      holiday: { date: '2026-08-15', name: 'Assumption', nameIt: 'Assunzione di Maria', substitute: false },
    });
    expect(italy.nonWorkingDay('2026-08-16')).toEqual({ date: '2026-08-16', weekend: 'sunday', holiday: null });
    expect(italy.nonWorkingDay('2026-06-02')?.weekend).toBeNull();
    expect(italy.nonWorkingDay('2026-06-03')).toBeNull();
  });

  it('rolls forward over weekends and holidays, and counts business days after a date', () => {
    const england = holidayCalendar('GB-ENG');
    expect(rollForwardToWorkingDay('2027-12-25', england)).toMatchObject({ date: '2027-12-29' });
    expect(rollForwardToWorkingDay('2027-12-25', england).skipped.map((d) => d.date)).toEqual(['2027-12-25', '2027-12-26', '2027-12-27', '2027-12-28']);
    expect(rollForwardToWorkingDay('2026-04-30', england)).toEqual({ date: '2026-04-30', skipped: [] });
    const california = holidayCalendar('US-CA');
    // Received on a Saturday: Monday is business day one.
    expect(addWorkingDays('2026-01-03', 1, california).date).toBe('2026-01-05');
    expect(addWorkingDays('2026-01-03', 10, california).date).toBe('2026-01-16');
    expect(() => addWorkingDays('2026-01-03', 0, california)).toThrow(RangeError);
  });
});

describe('jurisdictions', () => {
  it('normalises CC and CC-SUB', () => {
    expect(parseJurisdiction('gb-eng')).toEqual({ code: 'GB-ENG', country: 'GB', subdivision: 'ENG' });
    expect(parseJurisdiction('IT')).toEqual({ code: 'IT', country: 'IT', subdivision: null });
    expect(parseJurisdiction('IT-32')).toEqual({ code: 'IT-32', country: 'IT', subdivision: '32' });
  });

  it('names the bad value and lists the valid ones', () => {
    expect(jurisdictionProblem('XX')).toMatch(/^Unknown country "XX"; valid countries: AD, .*\bGB\b.*\bIT\b.*, ZW$/);
    expect(jurisdictionProblem('GB-XYZ')).toBe('Unknown subdivision "GB-XYZ"; valid: GB, GB-ALD, GB-ENG, GB-NIR, GB-SCT, GB-WLS');
    expect(jurisdictionProblem('Italy')).toContain('"Italy" is not a country code');
    expect(jurisdictionProblem('Italy', 'it')).toContain('"Italy" non è un codice paese');
    expect(() => parseJurisdiction('ZZ')).toThrow('Unknown country "ZZ"');
    expect(jurisdictionProblem('DE-BY')).toBeNull();
  });
});
