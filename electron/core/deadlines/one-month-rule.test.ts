import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './compute-deadlines';
import { canExtend } from './rule-table';

const gdpr = (received: string, country = 'IT', extended = false) =>
  computeDeadlines({ regime: 'gdpr', type: 'access', received, country, extended });
const uk = (received: string, country?: string, extended = false) =>
  computeDeadlines({ regime: 'uk-gdpr', type: 'access', received, country, extended });

describe('GDPR: one month per Reg. 1182/71 Art. 3 (Italy)', () => {
  it.each([
    // [received, due, why]
    ['2026-03-31', '2026-04-30', 'no 31 April: last day of April (a Thursday)'],
    ['2025-01-30', '2025-02-28', 'no 30 February: last day of February (a Friday)'],
    ['2025-01-31', '2025-02-28', 'no 31 February'],
    ['2028-01-30', '2028-02-29', 'leap year: 29 February 2028 (a Tuesday)'],
    ['2028-01-31', '2028-02-29', 'leap year'],
    ['2028-02-29', '2028-03-29', 'from a 29 February'],
    ['2026-04-20', '2026-05-20', 'holidays inside the period (25 Apr, 1 May) do not count against it'],
    ['2026-07-01', '2026-08-03', 'Sat 1 Aug → Mon 3 Aug'],
    ['2026-01-31', '2026-03-02', 'received on a Saturday; 28 Feb 2026 is a Saturday → Mon 2 Mar'],
    ['2026-04-01', '2026-05-04', 'Fri 1 May (Labour Day) → Mon 4 May'],
    ['2026-05-02', '2026-06-03', 'Tue 2 Jun (Republic Day) → Wed 3 Jun'],
    ['2025-07-15', '2025-08-18', 'Fri 15 Aug (Ferragosto) → Mon 18 Aug'],
    ['2026-07-15', '2026-08-17', 'Ferragosto on a Saturday → Mon 17 Aug'],
    ['2027-10-01', '2027-11-02', 'Mon 1 Nov (All Saints) → Tue 2 Nov'],
    ['2026-11-08', '2026-12-09', 'Tue 8 Dec (Immaculate Conception) → Wed 9 Dec'],
    ['2026-11-25', '2026-12-28', 'Fri 25 Dec, Sat 26 Dec (Santo Stefano), Sun → Mon 28 Dec'],
    ['2026-03-06', '2026-04-07', 'Mon 6 Apr (Easter Monday) → Tue 7 Apr'],
    ['2029-03-25', '2029-04-26', 'Wed 25 Apr (Liberation Day) → Thu 26 Apr'],
    ['2026-03-25', '2026-04-27', 'Liberation Day on a Saturday → Mon 27 Apr'],
    ['2027-09-04', '2027-10-05', 'Mon 4 Oct (St Francis, national holiday from 2026) → Tue 5 Oct'],
    ['2026-12-01', '2027-01-04', 'Fri 1 Jan → Mon 4 Jan'],
    ['2026-12-06', '2027-01-07', 'Wed 6 Jan (Epiphany) → Thu 7 Jan'],
  ])('received %s → due %s (%s)', (received, due) => {
    const result = gdpr(received);
    expect(result.due).toBe(due);
    expect(result.extensionNoticeBy).toBe(due);
    expect(result.acknowledgeBy).toBeNull();
    expect(result.extendedDue).toBeNull();
  });

  it('explains the computation in the words of the rule', () => {
    expect(gdpr('2026-03-31').details.due?.explanation).toBe(
      'Due Thu 30 Apr 2026: one month from Tue 31 Mar 2026 → Thu 30 Apr 2026 (there is no 31 Apr: the last day of the month). ' +
        '[GDPR Art. 12(3); Reg. (EEC, Euratom) 1182/71 Art. 3]',
    );
    expect(gdpr('2026-07-01').details.due?.explanation).toBe(
      'Due Mon 3 Aug 2026: one month from Wed 1 Jul 2026 → Sat 1 Aug 2026; Sat 1 Aug 2026 is not a working day in IT, ' +
        'nor is Sun 2 Aug 2026 → Mon 3 Aug 2026. [GDPR Art. 12(3); Reg. (EEC, Euratom) 1182/71 Art. 3]',
    );
    expect(gdpr('2026-04-01').details.due?.explanation).toContain('Fri 1 May 2026 (Labour Day) is not a working day in IT');
    expect(gdpr('2026-04-01').details.due?.citations).toEqual(['gdpr-art-12-3', 'reg-1182-71-art-3', 'reg-1182-71-art-2']);
  });

  it('keeps a structured form of every step for the UI', () => {
    expect(gdpr('2026-07-01').details.due?.steps).toEqual([
      { kind: 'add-months', from: '2026-07-01', months: 1, to: '2026-08-01', lastDayOfMonth: false, receiptIsDayOne: false },
      {
        kind: 'roll-forward',
        from: '2026-08-01',
        to: '2026-08-03',
        jurisdiction: 'IT',
        skipped: [
          { date: '2026-08-01', weekend: 'saturday', holiday: null },
          { date: '2026-08-02', weekend: 'sunday', holiday: null },
        ],
      },
    ]);
  });

  it.each([
    ['2026-03-31', 'IT', '2026-06-30'],
    ['2028-02-29', 'IT', '2028-05-29'],
    ['2026-05-04', 'DE-BY', '2026-08-04'],
    ['2026-08-31', 'IT', '2026-11-30'],
    ['2026-09-15', 'IT', '2026-12-15'],
    ['2026-09-25', 'IT', '2026-12-28'],
  ])('extended: three months from receipt %s in %s → %s, notice still due within the first month', (received, country, extendedDue) => {
    const result = gdpr(received, country, true);
    expect(result.extendedDue).toBe(extendedDue);
    expect(result.extensionNoticeBy).toBe(result.due);
    expect(result.explanation.split('\n')).toHaveLength(3);
  });

  it('uses the regional holidays of the controller: Corpus Christi in Bavaria, not in Berlin', () => {
    expect(gdpr('2026-05-04', 'DE-BY').due).toBe('2026-06-05');
    expect(gdpr('2026-05-04', 'DE-BE').due).toBe('2026-06-04');
  });

  it('gives consent withdrawal and the objection to direct marketing no month: due on the day of receipt, never extended', () => {
    const withdrawal = computeDeadlines({ regime: 'gdpr', type: 'consent-withdrawal', received: '2026-03-31', country: 'IT' });
    expect(withdrawal.due).toBe('2026-03-31');
    expect(withdrawal.extendedDue).toBeNull();
    expect(withdrawal.extensionNoticeBy).toBeNull();
    expect(withdrawal.details.due?.citations).toEqual(['gdpr-art-7-3']);
    expect(withdrawal.explanation).toContain('the withdrawal of consent takes effect at once, with no month to answer and no extension');
    const marketing = computeDeadlines({ regime: 'uk-gdpr', type: 'marketing-opt-out', received: '2026-03-28', country: 'GB-ENG' });
    expect(marketing.due).toBe('2026-03-28');
    expect(marketing.details.due?.citations).toEqual(['uk-gdpr-art-21-3']);
    expect(marketing.explanation).toContain('direct marketing stops as soon as the person objects');
    expect(canExtend('gdpr', 'marketing-opt-out')).toBe(false);
    expect(canExtend('gdpr', 'objection')).toBe(true);
  });
});

describe('UK GDPR: one month, ICO counting, bank holidays', () => {
  it.each([
    // ICO worked examples: "receive a request on 3 September … until 3 October".
    ['2025-09-03', undefined, '2025-10-03'],
    ['2026-09-03', undefined, '2026-10-05'], // 3 Oct 2026 is a Saturday
    ['2026-03-31', undefined, '2026-04-30'], // no 31 April
    ['2025-01-30', undefined, '2025-02-28'],
    ['2028-01-30', undefined, '2028-02-29'],
    ['2027-11-25', undefined, '2027-12-29'], // Sat 25 Dec, Sun 26, substitute Mon 27 and Tue 28
    ['2027-11-27', undefined, '2027-12-29'], // lands on the substitute Monday itself
    ['2026-03-03', undefined, '2026-04-07'], // Good Friday 3 Apr … Easter Monday 6 Apr
    ['2027-12-04', 'GB-ENG', '2028-01-04'],
    ['2027-12-04', 'GB-SCT', '2028-01-05'], // Scotland's 2 January substitute on Tue 4 Jan 2028
    ['2026-10-30', 'GB-ENG', '2026-11-30'],
    ['2026-10-30', 'GB-SCT', '2026-12-01'], // St Andrew's Day, Mon 30 Nov 2026
    ['2026-02-17', 'GB-NIR', '2026-03-18'], // St Patrick's Day, Tue 17 Mar 2026
    ['2026-06-12', 'GB-NIR', '2026-07-14'], // 12 July on a Sunday, substitute Mon 13
    ['2026-02-17', 'GB-WLS', '2026-03-17'],
  ])('received %s (%s) → due %s', (received, country, due) => {
    const result = uk(received, country);
    expect(result.due).toBe(due);
    expect(result.extensionNoticeBy).toBe(due);
    expect(result.country).toBe(country ?? 'GB-ENG');
  });

  it('extends to three months from the start and rolls off a bank holiday', () => {
    // 29 May 2028 is the Spring bank holiday in England (not in Italy).
    expect(uk('2028-02-29', undefined, true).extendedDue).toBe('2028-05-30');
    expect(gdpr('2028-02-29', 'IT', true).extendedDue).toBe('2028-05-29');
  });

  it('says that the ICO counts the day of receipt as day one', () => {
    expect(uk('2025-09-03').details.due?.explanation).toBe(
      'Due Fri 3 Oct 2025: one month from Wed 3 Sep 2025 (day one) → Fri 3 Oct 2025. ' +
        '[UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025); ICO, Right of access: how long do we have to comply?]',
    );
    expect(uk('2027-11-25').details.due?.explanation).toContain(
      'Sat 25 Dec 2027 (Christmas Day) is not a working day in GB-ENG, nor are Sun 26 Dec 2027 (Boxing Day), ' +
        'Mon 27 Dec 2027 (Christmas Day (substitute day)), Tue 28 Dec 2027 (Boxing Day (substitute day)) → Wed 29 Dec 2027',
    );
  });
});
