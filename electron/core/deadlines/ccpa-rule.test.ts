import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { civilDateInZone } from './civil-date-in-zone';
import { computeDeadlines } from './compute-deadlines';

const ccpa = (type: 'know' | 'delete' | 'correct' | 'opt-out' | 'limit', received: string, extended = false) =>
  computeDeadlines({ regime: 'ccpa', type, received, extended });

describe('CCPA requests to know, delete, correct (11 CCR § 7021)', () => {
  it.each([
    // [received, acknowledgeBy, due, extendedDue]
    // 10 business days skip César Chávez Day (Tue 31 Mar 2026); 90 days end on Sun 21 Jun,
    // which CCP § 12a moves to Mon 22 Jun.
    ['2026-03-23', '2026-04-07', '2026-05-07', '2026-06-22'],
    // Thanksgiving (Thu 26 Nov) and the day after are California state holidays; 90 days end
    // on Sun 14 Feb 2027 and Mon 15 Feb is Presidents' Day (Gov. Code § 6700(e)): Tue 16 Feb.
    ['2026-11-16', '2026-12-02', '2026-12-31', '2027-02-16'],
    // Received on a Saturday: business day one is Monday 5 Jan.
    ['2026-01-03', '2026-01-16', '2026-02-17', '2026-04-03'],
    // Observed Independence Day (Fri 3 Jul 2026).
    ['2026-06-26', '2026-07-13', '2026-08-10', '2026-09-24'],
  ])('received %s: acknowledge by %s, respond by %s, extended %s', (received, acknowledgeBy, due, extendedDue) => {
    for (const type of ['know', 'delete', 'correct'] as const) {
      const result = ccpa(type, received, true);
      expect(result).toMatchObject({ acknowledgeBy, due, extendedDue, extensionNoticeBy: due, country: 'US-CA' });
    }
    expect(ccpa('know', received).extendedDue).toBeNull();
  });

  it('moves a calendar-day end off judicial holidays and the weekend (CCP §§ 12a, 135), and says so', () => {
    const result = ccpa('know', '2026-10-12');
    expect(result.due).toBe('2026-11-30'); // Thanksgiving, the day after (§ 135), Saturday, Sunday
    expect(result.details.due?.explanation).toBe(
      'Due Mon 30 Nov 2026: 45 calendar days after Mon 12 Oct 2026 → Thu 26 Nov 2026; Thu 26 Nov 2026 (Thanksgiving Day) is not a ' +
        'working day in US-CA, nor are Fri 27 Nov 2026 (Day after Thanksgiving Day), Sat 28 Nov 2026, Sun 29 Nov 2026 → Mon 30 Nov 2026; ' +
        'the period runs from receipt however long verification takes. [CCPA Regs. (11 CCR) § 7021(b); Cal. Code Civ. Proc. §§ 12, 12a, 135]',
    );
  });

  it('explains the business days it skipped', () => {
    expect(ccpa('know', '2026-03-23').details.acknowledgeBy?.explanation).toBe(
      'Acknowledge by Tue 7 Apr 2026: 10 business days after Mon 23 Mar 2026 in US-CA, skipping Tue 31 Mar 2026 (César Chávez Day) → ' +
        'Tue 7 Apr 2026. [CCPA Regs. (11 CCR) § 7021(a); CCPA Regs. (11 CCR): "business day" undefined; Cal. Civ. Code § 7; Gov. Code § 6700 (our choice)]',
    );
  });

  it('counts from the day of receipt in the business’s zone, not UTC', () => {
    // 10 p.m. in Los Angeles on 23 Mar is already 24 Mar in UTC.
    const received = civilDateInZone('2026-03-24T05:00:00Z', 'America/Los_Angeles');
    expect(received).toBe('2026-03-23');
    expect(ccpa('know', received).due).toBe('2026-05-07');
    expect(ccpa('know', '2026-03-24').due).toBe('2026-05-08');
  });
});

describe('CCPA opt-out (§ 7026(f)) and limit (§ 7027(g))', () => {
  it.each([
    ['opt-out', '2026-06-26', '2026-07-20'], // skips the observed Independence Day, Fri 3 Jul
    ['limit', '2026-12-18', '2027-01-12'], // skips Christmas (Fri 25 Dec) and New Year (Fri 1 Jan)
    ['opt-out', '2026-03-28', '2026-04-20'], // received Saturday; skips César Chávez Day
  ] as const)('%s received %s → %s, 15 business days, nothing else', (type, received, due) => {
    expect(ccpa(type, received)).toMatchObject({ due, acknowledgeBy: null, extendedDue: null, extensionNoticeBy: null });
  });

  it('cannot be extended', () => {
    expect(() => ccpa('opt-out', '2026-06-26', true)).toThrow(AppError);
    expect(() => ccpa('opt-out', '2026-06-26', true)).toThrow('extended: ccpa opt-out requests cannot be extended');
  });

  it('refuses any calendar but California’s', () => {
    expect(() => computeDeadlines({ regime: 'ccpa', type: 'know', received: '2026-03-23', country: 'US-NY' })).toThrow(
      'country: "US-NY" is not valid for the CCPA, whose business days exclude California state holidays; valid: US-CA',
    );
  });
});
