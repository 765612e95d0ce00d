import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './compute-deadlines';
import type { DeadlineInput } from './deadline-input';

describe('periods in calendar days', () => {
  it.each<[string, DeadlineInput, { due: string | null; extendedDue: string | null; extensionNoticeBy: string | null }]>([
    ['LGPD access: 15 days', { regime: 'lgpd', type: 'access', received: '2026-03-01' }, { due: '2026-03-16', extendedDue: null, extensionNoticeBy: null }],
    ['LGPD confirmation: 15 days', { regime: 'lgpd', type: 'confirmation', received: '2026-02-20' }, { due: '2026-03-07', extendedDue: null, extensionNoticeBy: null }],
    // Código Civil art. 132 § 1: an end on a holiday (Tiradentes, Tue 21 Apr) moves to the next working day.
    ['LGPD access ending on Tiradentes: moved to Wed 22 Apr', { regime: 'lgpd', type: 'access', received: '2026-04-06' }, { due: '2026-04-22', extendedDue: null, extensionNoticeBy: null }],
    ['PIPEDA access: 30 days', { regime: 'pipeda', type: 'access', received: '2026-03-02' }, { due: '2026-04-01', extendedDue: null, extensionNoticeBy: '2026-04-01' }],
    [
      'PIPEDA access extended by at most 30 days',
      { regime: 'pipeda', type: 'access', received: '2026-01-15', extended: true },
      { due: '2026-02-14', extendedDue: '2026-03-16', extensionNoticeBy: '2026-02-14' },
    ],
    ['PIPEDA access over a leap day', { regime: 'pipeda', type: 'access', received: '2028-02-15' }, { due: '2028-03-16', extendedDue: null, extensionNoticeBy: '2028-03-16' }],
    ['Swiss access: 30 days', { regime: 'ch-fadp', type: 'access', received: '2026-03-02' }, { due: '2026-04-01', extendedDue: null, extensionNoticeBy: '2026-04-01' }],
    // CO Art. 78(1) and the Act of 1963: Sat 1 Aug (Bundesfeiertag) and Sun 2 Aug are skipped.
    [
      'Swiss access extended: the law sets no maximum',
      { regime: 'ch-fadp', type: 'access', received: '2026-07-02', extended: true },
      { due: '2026-08-03', extendedDue: null, extensionNoticeBy: '2026-08-03' },
    ],
    ['Swiss portability follows access (FADO Art. 22)', { regime: 'ch-fadp', type: 'portability', received: '2026-03-02' }, { due: '2026-04-01', extendedDue: null, extensionNoticeBy: '2026-04-01' }],
  ])('%s', (_label, input, expected) => {
    expect(computeDeadlines(input)).toMatchObject({ ...expected, acknowledgeBy: null });
  });

  it('moves an end on a public holiday by the regime\'s own statute, and cites it', () => {
    const lgpd = computeDeadlines({ regime: 'lgpd', type: 'access', received: '2026-04-06' });
    expect(lgpd.details.due?.steps).toContainEqual({
      kind: 'roll-forward',
      from: '2026-04-21',
      to: '2026-04-22',
      jurisdiction: 'BR',
      skipped: [{ date: '2026-04-21', weekend: null, holiday: { date: '2026-04-21', name: "Tiradentes' Day", nameIt: 'Dia de Tiradentes', substitute: false } }],
    });
    expect(lgpd.details.due?.citations).toEqual(['lgpd-art-19', 'br-cc-132']);
    const swiss = computeDeadlines({ regime: 'ch-fadp', type: 'access', received: '2026-07-02', extended: true });
    expect(swiss.explanation).toContain('Sat 1 Aug 2026 (Bundesfeiertag) is not a working day in CH, nor is Sun 2 Aug 2026 → Mon 3 Aug 2026');
    expect(swiss.explanation).toContain('Code of Obligations (SR 220) Arts 77(1)(1), 78(1); Federal Act of 21 June 1963');
    expect(swiss.details.extendedDue).toMatchObject({ date: null, steps: [{ kind: 'extension-open-ended' }], citations: ['ch-fado-art-18'] });
  });

  it.each<[DeadlineInput, string]>([
    [{ regime: 'lgpd', type: 'correction', received: '2026-03-01' }, 'lgpd-art-18'],
    [{ regime: 'lgpd', type: 'consent-withdrawal', received: '2026-03-01' }, 'lgpd-art-18'],
    [{ regime: 'pipeda', type: 'correction', received: '2026-03-01' }, 'pipeda-sch-1-4-9-5'],
    [{ regime: 'ch-fadp', type: 'erasure', received: '2026-03-01' }, 'ch-fadp-art-32'],
  ])('gives no legal date where the law sets no period: %o', (input, citationId) => {
    const result = computeDeadlines(input);
    expect(result).toMatchObject({ due: null, extendedDue: null, acknowledgeBy: null, extensionNoticeBy: null });
    expect(result.details.due?.steps).toEqual([{ kind: 'no-statutory-period' }]);
    expect(result.citations.map((c) => c.id)).toEqual([citationId]);
    expect(result.explanation).toMatch(/^Due: no date — the law sets no period for this request; the organisation's own clock applies\./);
  });

  it.each<DeadlineInput>([
    { regime: 'lgpd', type: 'access', received: '2026-03-01', extended: true },
    { regime: 'pipeda', type: 'correction', received: '2026-03-01', extended: true },
  ])('refuses an extension the law does not allow: %o', (input) => {
    expect(() => computeDeadlines(input)).toThrow('cannot be extended');
  });
});
