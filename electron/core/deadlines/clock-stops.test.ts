import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { computeDeadlines } from './compute-deadlines';
import type { ClockStop } from './deadline-types';

/** A UK access request received Wed 3 Sep 2025 (plain due date Fri 3 Oct 2025). */
const ukAccess = (pauses: ClockStop[], extended = false, type: 'access' | 'erasure' = 'access') =>
  computeDeadlines({ regime: 'uk-gdpr', type, received: '2025-09-03', pauses, extended });

describe('UK GDPR clock stops (Art. 12A)', () => {
  it.each<[string, ClockStop[], string]>([
    ['no stop', [], '2025-10-03'],
    // Identity and fee: the month runs from the latest of receipt, identity, fee.
    ['identity asked on receipt, received 10 Sep', [{ reason: 'identity', from: '2025-09-03', to: '2025-09-10' }], '2025-10-10'],
    ['identity asked 20 Sep, received 25 Sep: a full month from 25 Sep (Sat 25 Oct → Mon 27 Oct)', [{ reason: 'identity', from: '2025-09-20', to: '2025-09-25' }], '2025-10-27'],
    ['fee asked 5 Sep, paid 15 Sep', [{ reason: 'fee', from: '2025-09-05', to: '2025-09-15' }], '2025-10-15'],
    [
      'identity then fee: the later one counts',
      [
        { reason: 'identity', from: '2025-09-03', to: '2025-09-08' },
        { reason: 'fee', from: '2025-09-04', to: '2025-09-16' },
      ],
      '2025-10-16',
    ],
    // Clarification: the days from asking to answer (both included) do not count.
    ['clarification asked on receipt, answered 10 Sep: as if the month ran from 10 Sep', [{ reason: 'clarification', from: '2025-09-03', to: '2025-09-10' }], '2025-10-10'],
    ['clarification 10–12 Sep: 3 days, Fri 3 Oct → Mon 6 Oct', [{ reason: 'clarification', from: '2025-09-10', to: '2025-09-12' }], '2025-10-06'],
    ['clarification answered the same day: 1 day, Sat 4 Oct → Mon 6 Oct', [{ reason: 'clarification', from: '2025-09-10', to: '2025-09-10' }], '2025-10-06'],
    [
      'two separate clarifications: 2 + 2 days',
      [
        { reason: 'clarification', from: '2025-09-05', to: '2025-09-06' },
        { reason: 'clarification', from: '2025-09-20', to: '2025-09-21' },
      ],
      '2025-10-07',
    ],
    [
      'overlapping clarifications count each day once: 10–20 Sep = 11 days',
      [
        { reason: 'clarification', from: '2025-09-12', to: '2025-09-20' },
        { reason: 'clarification', from: '2025-09-10', to: '2025-09-15' },
      ],
      '2025-10-14',
    ],
    [
      'identity restarts the clock, then clarification pauses it: 10 Oct + 4 days',
      [
        { reason: 'identity', from: '2025-09-03', to: '2025-09-10' },
        { reason: 'clarification', from: '2025-09-12', to: '2025-09-15' },
      ],
      '2025-10-14',
    ],
    ['clarification asked after the deadline changes nothing', [{ reason: 'clarification', from: '2025-10-06', to: '2025-10-08' }], '2025-10-03'],
  ])('%s → %s', (_label, pauses, due) => {
    const result = ukAccess(pauses);
    expect(result.due).toBe(due);
    expect(result.extensionNoticeBy).toBe(due);
    expect(result.clockStop).toBeNull();
  });

  it('explains a pause and keeps it structured', () => {
    const result = ukAccess([{ reason: 'clarification', from: '2025-09-10', to: '2025-09-12' }]);
    expect(result.details.due?.explanation).toContain(
      'clarification asked Wed 10 Sep 2025, received Fri 12 Sep 2025: 3 days do not count, so Fri 3 Oct 2025 becomes Mon 6 Oct 2025',
    );
    expect(result.details.due?.steps).toContainEqual({
      kind: 'pause',
      reason: 'clarification',
      from: '2025-09-10',
      to: '2025-09-12',
      days: 3,
      endBefore: '2025-10-03',
      endAfter: '2025-10-06',
    });
  });

  it('moves the extended deadline by the same paused days, then off the weekend', () => {
    const result = ukAccess([{ reason: 'clarification', from: '2025-09-10', to: '2025-09-12' }], true);
    // Three months from 3 Sep = 3 Dec, + 3 days = Sat 6 Dec → Mon 8 Dec.
    expect(result.extendedDue).toBe('2025-12-08');
    expect(result.due).toBe('2025-10-06');
  });

  it('pauses the extended period for a clarification asked after the first month', () => {
    const result = ukAccess([{ reason: 'clarification', from: '2025-10-20', to: '2025-10-22' }], true);
    expect(result.due).toBe('2025-10-03');
    expect(result.extendedDue).toBe('2025-12-08');
  });

  it('gives no date while identity or clarification is awaited, and says so', () => {
    const waiting = ukAccess([{ reason: 'identity', from: '2025-09-03', to: null }], true);
    expect(waiting).toMatchObject({ due: null, extendedDue: null, extensionNoticeBy: null, clockStop: { reason: 'identity', since: '2025-09-03' } });
    expect(waiting.explanation).toContain('clock stopped since Wed 3 Sep 2025 awaiting identity information');
    const clarifying = ukAccess([{ reason: 'clarification', from: '2025-09-10', to: null }]);
    expect(clarifying).toMatchObject({ due: null, clockStop: { reason: 'clarification', since: '2025-09-10' } });
  });

  it('notes an identity check asked only after the first month had run out', () => {
    const result = ukAccess([{ reason: 'identity', from: '2025-10-10', to: '2025-10-15' }]);
    expect(result.due).toBe('2025-11-17'); // 15 Nov 2025 is a Saturday
    expect(result.details.due?.steps).toContainEqual({ kind: 'note', code: 'identity-asked-late' });
  });

  it.each<[string, () => unknown, string]>([
    ['a stop before receipt', () => ukAccess([{ reason: 'identity', from: '2025-09-01', to: '2025-09-05' }]), 'pauses.0.from: clock stop from 2025-09-01 is before the request was received (2025-09-03)'],
    ['a stop that ends before it starts', () => ukAccess([{ reason: 'fee', from: '2025-09-10', to: '2025-09-05' }]), 'pauses.0.to: clock stop ends (2025-09-05) before it starts (2025-09-10)'],
    [
      'clarification of a non-access request',
      () => ukAccess([{ reason: 'clarification', from: '2025-09-10', to: '2025-09-12' }], false, 'erasure'),
      'pauses.0.reason: a clarification stop applies only to access requests (UK GDPR Art. 12A), not erasure',
    ],
    [
      'a stop under the EU GDPR',
      () => computeDeadlines({ regime: 'gdpr', type: 'access', received: '2025-09-03', country: 'IE', pauses: [{ reason: 'identity', from: '2025-09-03', to: '2025-09-10' }] }),
      'pauses: clock stops exist only under uk-gdpr (Art. 12A), not gdpr',
    ],
    [
      'a stop under the CCPA',
      () => computeDeadlines({ regime: 'ccpa', type: 'know', received: '2025-09-03', pauses: [{ reason: 'identity', from: '2025-09-03', to: '2025-09-10' }] }),
      'pauses: clock stops exist only under uk-gdpr (Art. 12A), not ccpa (CCPA § 7021(b): verification does not stop the clock)',
    ],
    ['an unknown reason', () => ukAccess([{ reason: 'holiday' as ClockStop['reason'], from: '2025-09-10', to: null }]), 'pauses.0.reason: unknown clock-stop reason "holiday"; valid: identity, fee, clarification'],
  ])('refuses %s', (_label, run, message) => {
    expect(run).toThrow(AppError);
    expect(run).toThrow(message);
  });
});
