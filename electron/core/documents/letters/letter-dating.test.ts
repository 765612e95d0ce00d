import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { checkLetterDate, type DateRules } from './letter-dating';

const rules: DateRules = {
  notBefore: [{ date: '2026-03-31', what: { en: 'the request was received', it: 'la richiesta è stata ricevuta' } }],
  deadline: { date: '2026-04-30', what: { en: 'the deadline it extends', it: 'il termine che proroga' } },
};

describe('checkLetterDate', () => {
  it('defaults to today and warns of nothing inside the period', () => {
    expect(checkLetterDate(undefined, '2026-04-10', rules)).toEqual({ date: '2026-04-10', warnings: [] });
    expect(checkLetterDate('2026-04-30', '2026-05-20', rules).warnings).toEqual([]);
  });

  it('refuses a date before a fact the letter states, naming it', () => {
    expect(() => checkLetterDate('2026-03-30', '2026-04-10', rules)).toThrow(AppError);
    expect(() => checkLetterDate('2026-03-30', '2026-04-10', rules)).toThrow('the request was received on Tue 31 Mar 2026');
    expect(() => checkLetterDate('2026-02-30', '2026-04-10', rules)).toThrow('not a calendar day');
  });

  it('warns in both languages when dated after the deadline it concerns, with elided Italian dates', () => {
    const { warnings } = checkLetterDate('2026-05-08', '2026-05-08', { ...rules, deadline: { date: '2026-05-01', what: rules.deadline?.what ?? { en: '', it: '' } } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe('dated-after-deadline');
    expect(warnings[0]?.message.en).toContain('8 May 2026, after the deadline it extends (1 May 2026)');
    expect(warnings[0]?.message.it).toContain('datata 8 maggio 2026, dopo il termine che proroga (1º maggio 2026)');
  });
});
