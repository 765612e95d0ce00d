import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './compute-deadlines';
import type { DeadlineInput } from './deadline-input';

describe('periods in calendar days', () => {
  it.each<[string, DeadlineInput, { due: string | null; extendedDue: string | null; extensionNoticeBy: string | null }]>([
    ['LGPD access: 15 days', { regime: 'lgpd', type: 'access', received: '2026-03-01' }, { due: '2026-03-16', extendedDue: null, extensionNoticeBy: null }],
    ['LGPD confirmation: 15 days', { regime: 'lgpd', type: 'confirmation', received: '2026-02-20' }, { due: '2026-03-07', extendedDue: null, extensionNoticeBy: null }],
    ['LGPD access ending on Tiradentes: not moved', { regime: 'lgpd', type: 'access', received: '2026-04-06' }, { due: '2026-04-21', extendedDue: null, extensionNoticeBy: null }],
    ['PIPEDA access: 30 days', { regime: 'pipeda', type: 'access', received: '2026-03-02' }, { due: '2026-04-01', extendedDue: null, extensionNoticeBy: '2026-04-01' }],
    [
      'PIPEDA access extended by at most 30 days',
      { regime: 'pipeda', type: 'access', received: '2026-01-15', extended: true },
      { due: '2026-02-14', extendedDue: '2026-03-16', extensionNoticeBy: '2026-02-14' },
    ],
    ['PIPEDA access over a leap day', { regime: 'pipeda', type: 'access', received: '2028-02-15' }, { due: '2028-03-16', extendedDue: null, extensionNoticeBy: '2028-03-16' }],
    ['Swiss access: 30 days', { regime: 'ch-fadp', type: 'access', received: '2026-03-02' }, { due: '2026-04-01', extendedDue: null, extensionNoticeBy: '2026-04-01' }],
    [
      'Swiss access extended: the law sets no maximum',
      { regime: 'ch-fadp', type: 'access', received: '2026-07-02', extended: true },
      { due: '2026-08-01', extendedDue: null, extensionNoticeBy: '2026-08-01' },
    ],
    ['Swiss portability follows access (FADO Art. 22)', { regime: 'ch-fadp', type: 'portability', received: '2026-03-02' }, { due: '2026-04-01', extendedDue: null, extensionNoticeBy: '2026-04-01' }],
  ])('%s', (_label, input, expected) => {
    expect(computeDeadlines(input)).toMatchObject({ ...expected, acknowledgeBy: null });
  });

  it('notes, but keeps, an end on a public holiday', () => {
    const lgpd = computeDeadlines({ regime: 'lgpd', type: 'access', received: '2026-04-06' });
    expect(lgpd.details.due?.steps).toContainEqual({
      kind: 'no-roll-forward',
      date: '2026-04-21',
      jurisdiction: 'BR',
      day: { date: '2026-04-21', weekend: null, holiday: { date: '2026-04-21', name: "Tiradentes' Day", nameIt: 'Dia de Tiradentes', substitute: false } },
    });
    const swiss = computeDeadlines({ regime: 'ch-fadp', type: 'access', received: '2026-07-02', extended: true });
    expect(swiss.explanation).toContain('Sat 1 Aug 2026 (Bundesfeiertag) is not a working day in CH, but the period is in calendar days: the date stays');
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
