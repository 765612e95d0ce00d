import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './compute-deadlines';
import type { DeadlineInput } from './deadline-input';

/**
 * Each regime's own statute on computing time: for every regime, a period whose last day is
 * a Saturday, a Sunday and a public holiday, with the date the statute gives. The source of
 * each case is in its label.
 */
type Case = [label: string, input: DeadlineInput, due: string];

const cases: Case[] = [
  // GDPR, Reg. 1182/71 Art. 3(4) with Italy's public holidays (Art. 2).
  ['gdpr IT: ends Sat 2 May 2026 → Mon 4 May (Reg. 1182/71 Art. 3(4))', { regime: 'gdpr', type: 'access', received: '2026-04-02', country: 'IT' }, '2026-05-04'],
  ['gdpr IT: ends Sun 3 May 2026 → Mon 4 May (Reg. 1182/71 Art. 3(4))', { regime: 'gdpr', type: 'access', received: '2026-04-03', country: 'IT' }, '2026-05-04'],
  ['gdpr IT: ends Tue 2 Jun 2026, Festa della Repubblica → Wed 3 Jun (Reg. 1182/71 Arts 2, 3(4))', { regime: 'gdpr', type: 'access', received: '2026-05-02', country: 'IT' }, '2026-06-03'],
  // The Netherlands: Algemene termijnenwet art. 3(1) lists 5 May every year; date-holidays does not (2026 is not a lustrum year).
  ['gdpr NL: ends Tue 5 May 2026, Liberation Day (Algemene termijnenwet art. 3) → Wed 6 May', { regime: 'gdpr', type: 'access', received: '2026-04-05', country: 'NL' }, '2026-05-06'],
  // UK GDPR: ICO "next working day" with England's bank holidays.
  ['uk-gdpr: ends Sat 3 Oct 2026 → Mon 5 Oct (ICO)', { regime: 'uk-gdpr', type: 'access', received: '2026-09-03' }, '2026-10-05'],
  ['uk-gdpr: ends Sun 4 Oct 2026 → Mon 5 Oct (ICO)', { regime: 'uk-gdpr', type: 'access', received: '2026-09-04' }, '2026-10-05'],
  ['uk-gdpr: ends Mon 31 Aug 2026, summer bank holiday → Tue 1 Sep (ICO)', { regime: 'uk-gdpr', type: 'access', received: '2026-07-31' }, '2026-09-01'],
  // CCPA 45 calendar days, CCP §§ 12a, 135 (Saturday, Sunday, judicial holidays).
  ['ccpa: ends Sat 16 May 2026 → Mon 18 May (CCP § 12a)', { regime: 'ccpa', type: 'know', received: '2026-04-01' }, '2026-05-18'],
  ['ccpa: ends Sun 17 May 2026 → Mon 18 May (CCP § 12a)', { regime: 'ccpa', type: 'know', received: '2026-04-02' }, '2026-05-18'],
  ['ccpa: ends Fri 12 Feb 2027, Lincoln Day → Tue 16 Feb after the weekend and Presidents\' Day (CCP § 135; Gov. Code § 6700)', { regime: 'ccpa', type: 'know', received: '2026-12-29' }, '2027-02-16'],
  // LGPD 15 days, Código Civil art. 132 § 1: a holiday moves, a Saturday does not.
  ['lgpd: ends Sat 18 Apr 2026, stays (CC art. 132 § 1 moves only holidays)', { regime: 'lgpd', type: 'access', received: '2026-04-03' }, '2026-04-18'],
  ['lgpd: ends Sun 19 Apr 2026 → Mon 20 Apr (CC art. 132 § 1)', { regime: 'lgpd', type: 'access', received: '2026-04-04' }, '2026-04-20'],
  ['lgpd: ends Fri 1 May 2026, Labour Day → Sat 2 May (CC art. 132 § 1: next day not a holiday)', { regime: 'lgpd', type: 'access', received: '2026-04-16' }, '2026-05-02'],
  // PIPEDA 30 days, Interpretation Act ss. 26, 35: Sunday and s. 35 holidays move, Saturday does not.
  ['pipeda: ends Sat 14 Feb 2026, stays (Interpretation Act s. 35: Saturday is no holiday)', { regime: 'pipeda', type: 'access', received: '2026-01-15' }, '2026-02-14'],
  ['pipeda: ends Sun 15 Feb 2026 → Mon 16 Feb (Interpretation Act s. 26)', { regime: 'pipeda', type: 'access', received: '2026-01-16' }, '2026-02-16'],
  ['pipeda: ends Mon 18 May 2026, Victoria Day → Tue 19 May (Interpretation Act ss. 26, 35)', { regime: 'pipeda', type: 'access', received: '2026-04-18' }, '2026-05-19'],
  // Swiss FADP 30 days, CO Art. 78 and the Act of 1963 on Saturdays.
  ['ch-fadp: ends Sat 6 Jun 2026 → Mon 8 Jun (Act of 21 June 1963 Art. 1)', { regime: 'ch-fadp', type: 'access', received: '2026-05-07' }, '2026-06-08'],
  ['ch-fadp: ends Sun 7 Jun 2026 → Mon 8 Jun (CO Art. 78(1))', { regime: 'ch-fadp', type: 'access', received: '2026-05-08' }, '2026-06-08'],
  ['ch-fadp: ends Fri 25 Dec 2026, Christmas → Mon 28 Dec (CO Art. 78(1); Act of 1963)', { regime: 'ch-fadp', type: 'access', received: '2026-11-25' }, '2026-12-28'],
  // Québec 30 days, Interpretation Act (Québec) ss. 52, 61(23).
  ['qc-law25: ends Sat 14 Feb 2026, stays (s. 61(23): Saturday is no holiday)', { regime: 'qc-law25', type: 'access', received: '2026-01-15' }, '2026-02-14'],
  ['qc-law25: ends Sun 15 Feb 2026 → Mon 16 Feb (s. 52)', { regime: 'qc-law25', type: 'access', received: '2026-01-16' }, '2026-02-16'],
  ['qc-law25: ends Wed 24 Jun 2026, Fête nationale → Thu 25 Jun (ss. 52, 61(23))', { regime: 'qc-law25', type: 'access', received: '2026-05-25' }, '2026-06-25'],
  // 1 Jul 2029 is a Sunday, so 2 Jul is the holiday (s. 61(23)(f)); date-holidays lacks it.
  ['qc-law25: ends Mon 2 Jul 2029, Canada Day moved from Sunday → Tue 3 Jul (s. 61(23)(f))', { regime: 'qc-law25', type: 'access', received: '2029-06-02' }, '2029-07-03'],
  // Virginia 45 days: Va. Code § 1-210 does not reach a controller's answer: the end stays.
  ['us-va: ends Sat 16 May 2026, stays (§ 1-210: silent)', { regime: 'us-va', type: 'access', received: '2026-04-01' }, '2026-05-16'],
  ['us-va: ends Sun 17 May 2026, stays (§ 1-210: silent)', { regime: 'us-va', type: 'access', received: '2026-04-02' }, '2026-05-17'],
  ['us-va: ends Mon 25 May 2026, Memorial Day, stays (§ 1-210: silent)', { regime: 'us-va', type: 'access', received: '2026-04-10' }, '2026-05-25'],
  // Colorado 45 days, C.R.S. § 2-4-108.
  ['us-co: ends Sat 16 May 2026 → Mon 18 May (C.R.S. § 2-4-108)', { regime: 'us-co', type: 'access', received: '2026-04-01' }, '2026-05-18'],
  ['us-co: ends Sun 17 May 2026 → Mon 18 May (C.R.S. § 2-4-108)', { regime: 'us-co', type: 'access', received: '2026-04-02' }, '2026-05-18'],
  ['us-co: ends Mon 25 May 2026, Memorial Day → Tue 26 May (C.R.S. § 2-4-108)', { regime: 'us-co', type: 'access', received: '2026-04-10' }, '2026-05-26'],
  // Connecticut 45 days: no general statute on computing time; the end stays.
  ['us-ct: ends Sat 16 May 2026, stays (law silent)', { regime: 'us-ct', type: 'access', received: '2026-04-01' }, '2026-05-16'],
  ['us-ct: ends Sun 17 May 2026, stays (law silent)', { regime: 'us-ct', type: 'access', received: '2026-04-02' }, '2026-05-17'],
  ['us-ct: ends Mon 25 May 2026, Memorial Day, stays (law silent)', { regime: 'us-ct', type: 'access', received: '2026-04-10' }, '2026-05-25'],
  // Utah 45 days, Utah Code § 68-3-7(2).
  ['us-ut: ends Sat 16 May 2026 → Mon 18 May (§ 68-3-7(2))', { regime: 'us-ut', type: 'access', received: '2026-04-01' }, '2026-05-18'],
  ['us-ut: ends Sun 17 May 2026 → Mon 18 May (§ 68-3-7(2))', { regime: 'us-ut', type: 'access', received: '2026-04-02' }, '2026-05-18'],
  ['us-ut: ends Mon 25 May 2026, Memorial Day → Tue 26 May (§ 68-3-7(2))', { regime: 'us-ut', type: 'access', received: '2026-04-10' }, '2026-05-26'],
  // Texas 45 days, Gov. Code § 311.014(b).
  ['us-tx: ends Sat 16 May 2026 → Mon 18 May (Gov. Code § 311.014)', { regime: 'us-tx', type: 'access', received: '2026-04-01' }, '2026-05-18'],
  ['us-tx: ends Sun 17 May 2026 → Mon 18 May (Gov. Code § 311.014)', { regime: 'us-tx', type: 'access', received: '2026-04-02' }, '2026-05-18'],
  ['us-tx: ends Mon 25 May 2026, Memorial Day → Tue 26 May (Gov. Code § 311.014)', { regime: 'us-tx', type: 'access', received: '2026-04-10' }, '2026-05-26'],
  // Oregon 45 days, ORS 174.120(1).
  ['us-or: ends Sat 16 May 2026 → Mon 18 May (ORS 174.120)', { regime: 'us-or', type: 'access', received: '2026-04-01' }, '2026-05-18'],
  ['us-or: ends Sun 17 May 2026 → Mon 18 May (ORS 174.120)', { regime: 'us-or', type: 'access', received: '2026-04-02' }, '2026-05-18'],
  ['us-or: ends Mon 25 May 2026, Memorial Day → Tue 26 May (ORS 174.120)', { regime: 'us-or', type: 'access', received: '2026-04-10' }, '2026-05-26'],
  // Singapore 30 days, Interpretation Act 1965 s. 50: Sunday and public holidays, not Saturday.
  ['sg-pdpa: ends Sat 14 Feb 2026, stays (s. 50: Saturday is not an excluded day)', { regime: 'sg-pdpa', type: 'access', received: '2026-01-15' }, '2026-02-14'],
  ['sg-pdpa: ends Sun 15 Feb 2026 → Mon 16 Feb (s. 50)', { regime: 'sg-pdpa', type: 'access', received: '2026-01-16' }, '2026-02-16'],
  ['sg-pdpa: ends Sun 9 Aug 2026, National Day, and Mon 10 Aug substitute → Tue 11 Aug (s. 50)', { regime: 'sg-pdpa', type: 'access', received: '2026-07-10' }, '2026-08-11'],
  // Australia 30 days (planned), Acts Interpretation Act 1901 s. 36.
  ['au-privacy: ends Sat 14 Feb 2026 → Mon 16 Feb (AIA s. 36)', { regime: 'au-privacy', type: 'access', received: '2026-01-15' }, '2026-02-16'],
  ['au-privacy: ends Sun 15 Feb 2026 → Mon 16 Feb (AIA s. 36)', { regime: 'au-privacy', type: 'access', received: '2026-01-16' }, '2026-02-16'],
  ['au-privacy: ends Sat 25 Apr 2026, Anzac Day → Mon 27 Apr (AIA s. 36)', { regime: 'au-privacy', type: 'access', received: '2026-03-26' }, '2026-04-27'],
];

describe('each regime\'s own law on computing time', () => {
  it.each(cases)('%s', (_label, input, due) => {
    expect(computeDeadlines(input).due).toBe(due);
  });

  it('cites the statute on computing time beside the period', () => {
    expect(computeDeadlines({ regime: 'pipeda', type: 'access', received: '2026-04-18' }).details.due?.citations).toEqual(['pipeda-s-8-3', 'ca-interpretation-26']);
    expect(computeDeadlines({ regime: 'gdpr', type: 'access', received: '2026-04-05', country: 'NL' }).details.due?.citations).toEqual([
      'gdpr-art-12-3',
      'reg-1182-71-art-3',
      'reg-1182-71-art-2',
      'nl-atw-3',
    ]);
  });

  it('says when a Saturday stays, and when the law is silent', () => {
    expect(computeDeadlines({ regime: 'pipeda', type: 'access', received: '2026-01-15' }).explanation).toContain(
      'Sat 14 Feb 2026 is not a holiday under the statute on computing time: the date stays',
    );
    expect(computeDeadlines({ regime: 'us-ct', type: 'access', received: '2026-04-01' }).explanation).toContain(
      'no statute on computing time moves this period (the law is silent): the date stays',
    );
  });

  it('shows the legal limit and our plan where the law only says "a reasonable period" (APP 12.4(a)(ii))', () => {
    const result = computeDeadlines({ regime: 'au-privacy', type: 'access', received: '2026-03-02' });
    expect(result.due).toBe('2026-04-01');
    expect(result.explanation).toContain('legal limit not fixed; we plan for 30 days');
  });

  it('extends the US state laws by 45 days from the unmoved end, then applies the statute again', () => {
    // Texas: 45 days from Thu 2 Apr 2026 → Sun 17 May → Mon 18 May; +45 from 17 May → Wed 1 Jul.
    expect(computeDeadlines({ regime: 'us-tx', type: 'deletion', received: '2026-04-02', extended: true })).toMatchObject({
      due: '2026-05-18',
      extendedDue: '2026-07-01',
      extensionNoticeBy: '2026-05-18',
    });
    expect(() => computeDeadlines({ regime: 'us-ut', type: 'correction', received: '2026-04-02' })).toThrow('unknown request type "correction" for us-ut');
    expect(() => computeDeadlines({ regime: 'us-va', type: 'access', received: '2026-04-02', country: 'US-CA' })).toThrow('valid: US-VA');
  });

  it('Québec: no extension, and silence is a refusal (s. 32)', () => {
    expect(() => computeDeadlines({ regime: 'qc-law25', type: 'access', received: '2026-04-02', extended: true })).toThrow('cannot be extended');
    expect(computeDeadlines({ regime: 'qc-law25', type: 'access', received: '2026-04-02' }).explanation).toContain('deemed a refusal');
  });

  it('Singapore: 30 days for access, then a notice of the time; correction has no number of days', () => {
    const access = computeDeadlines({ regime: 'sg-pdpa', type: 'access', received: '2026-03-02', extended: true });
    expect(access).toMatchObject({ due: '2026-04-01', extendedDue: null, extensionNoticeBy: '2026-04-01' });
    expect(computeDeadlines({ regime: 'sg-pdpa', type: 'correction', received: '2026-03-02' }).due).toBeNull();
  });
});

describe('the GDPR extension, two readings (Art. 12(3))', () => {
  it('three months from receipt by default, two months from the end of the first month when set', () => {
    // 31 Jan 2027: one month → 28 Feb (clamped; Sun → Mon 1 Mar). From receipt +3 → 30 Apr; from the first end +2 → 28 Apr.
    const base: DeadlineInput = { regime: 'gdpr', type: 'access', received: '2027-01-31', country: 'IT', extended: true };
    expect(computeDeadlines(base).extendedDue).toBe('2027-04-30');
    const other = computeDeadlines({ ...base, gdprExtension: 'from-first-end' });
    expect(other.extendedDue).toBe('2027-04-28');
    expect(other.details.extendedDue?.explanation).toContain('"two further months" read as two months added to the end of the first month');
    expect(other.details.extendedDue?.citations).toContain('gdpr-extension-from-first-end');
  });
});

describe('CCPA business days: the chosen holiday list', () => {
  it('skips César Chávez Day on the California list and not on the federal one', () => {
    const california = computeDeadlines({ regime: 'ccpa', type: 'opt-out', received: '2026-03-28' });
    const federal = computeDeadlines({ regime: 'ccpa', type: 'opt-out', received: '2026-03-28', ccpaBusinessDays: 'federal' });
    expect(california.due).toBe('2026-04-20');
    expect(federal.due).toBe('2026-04-17');
    expect(federal.details.due?.citations).toContain('us-federal-holidays');
  });
});
