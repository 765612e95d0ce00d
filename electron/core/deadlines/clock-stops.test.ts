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
      'a fee stop under the EU GDPR (only identity suspends it)',
      () => computeDeadlines({ regime: 'gdpr', type: 'access', received: '2025-09-03', country: 'IE', pauses: [{ reason: 'fee', from: '2025-09-03', to: '2025-09-10' }] }),
      'pauses.0.reason: under the gdpr only an identity request suspends the period (EDPB Guidelines 01/2022 para. 159), not fee',
    ],
    [
      'a stop under the CCPA',
      () => computeDeadlines({ regime: 'ccpa', type: 'know', received: '2025-09-03', pauses: [{ reason: 'identity', from: '2025-09-03', to: '2025-09-10' }] }),
      'pauses: clock stops exist only under uk-gdpr (Art. 12A) and, for identity, gdpr, not ccpa (CCPA § 7021(b): verification does not stop the clock)',
    ],
    ['an unknown reason', () => ukAccess([{ reason: 'holiday' as ClockStop['reason'], from: '2025-09-10', to: null }]), 'pauses.0.reason: unknown clock-stop reason "holiday"; valid: identity, fee, clarification'],
  ])('refuses %s', (_label, run, message) => {
    expect(run).toThrow(AppError);
    expect(run).toThrow(message);
  });
});

/**
 * EU GDPR: EDPB Guidelines 01/2022 on the right of access (v2.1) para. 159 — when identity is
 * uncertain "there may be a suspension in time until the controller has obtained the
 * information needed", provided it asked without undue delay. An Italian access request
 * received Wed 2 Sep 2026 is due Fri 2 Oct 2026 (Reg. 1182/71 Art. 3(2)(c)).
 */
describe('GDPR identity requests (EDPB Guidelines 01/2022 para. 159)', () => {
  const euAccess = (pauses: ClockStop[], extended = false) =>
    computeDeadlines({ regime: 'gdpr', type: 'access', received: '2026-09-02', country: 'IT', pauses, extended, gdprIdentity: 'suspended' });

  it('by default keeps the period running while identity is verified, and says so with the paragraph', () => {
    const result = computeDeadlines({ regime: 'gdpr', type: 'access', received: '2026-09-02', country: 'IT', pauses: [{ reason: 'identity', from: '2026-09-10', to: null }] });
    expect(result).toMatchObject({ due: '2026-10-02', extensionNoticeBy: '2026-10-02', clockStop: null });
    expect(result.details.due?.steps).toContainEqual({ kind: 'note', code: 'eu-identity-keeps-running' });
    expect(result.details.due?.citations).toContain('edpb-01-2022-para-159');
    expect(result.explanation).toContain('the period keeps running, our cautious default');
  });

  it.each<[string, ClockStop[], string]>([
    ['no identity request', [], '2026-10-02'],
    ['asked on receipt, arrived 9 Sep: the month runs as if from 9 Sep', [{ reason: 'identity', from: '2026-09-02', to: '2026-09-09' }], '2026-10-09'],
    // 11 and 12 Sep do not count: Fri 2 Oct → Sun 4 Oct, St Francis (L. 151/2025) and a Sunday → Mon 5 Oct.
    ['asked 10 Sep, arrived 12 Sep: 2 days, then rolled off a Sunday holiday', [{ reason: 'identity', from: '2026-09-10', to: '2026-09-12' }], '2026-10-05'],
    ['answered the day it was asked: no day lost', [{ reason: 'identity', from: '2026-09-10', to: '2026-09-10' }], '2026-10-02'],
    ['asked after the period ended: nothing revives', [{ reason: 'identity', from: '2026-10-05', to: '2026-10-07' }], '2026-10-02'],
  ])('%s → %s', (_label, pauses, due) => {
    const result = euAccess(pauses);
    expect(result.due).toBe(due);
    expect(result.extensionNoticeBy).toBe(due);
    expect(result.clockStop).toBeNull();
  });

  it('shows the date without the suspension, the EDPB paragraph and its condition', () => {
    const result = euAccess([{ reason: 'identity', from: '2026-09-10', to: '2026-09-12' }]);
    expect(result.details.due?.steps).toContainEqual({ kind: 'pause', reason: 'identity', from: '2026-09-10', to: '2026-09-12', days: 2, endBefore: '2026-10-02', endAfter: '2026-10-04' });
    expect(result.details.due?.steps).toContainEqual({ kind: 'note', code: 'eu-identity-suspension' });
    expect(result.details.due?.citations).toEqual(expect.arrayContaining(['gdpr-art-12-3', 'reg-1182-71-art-3', 'edpb-01-2022-para-159']));
    expect(result.explanation).toContain('2 days do not count, so Fri 2 Oct 2026 becomes Sun 4 Oct 2026');
    expect(result.explanation).toContain('EDPB Guidelines 01/2022 on the right of access, para. 159');
    expect(euAccess([]).details.due?.citations).not.toContain('edpb-01-2022-para-159');
  });

  it('gives no date while identity is awaited', () => {
    const waiting = euAccess([{ reason: 'identity', from: '2026-09-04', to: null }], true);
    expect(waiting).toMatchObject({ due: null, extendedDue: null, extensionNoticeBy: null, clockStop: { reason: 'identity', since: '2026-09-04' } });
    expect(waiting.explanation).toContain('clock stopped since Fri 4 Sep 2026 awaiting identity information');
  });

  it('moves the extended date by the same days, under either reading of "two further months"', () => {
    const stops: ClockStop[] = [{ reason: 'identity', from: '2026-09-02', to: '2026-09-09' }];
    expect(euAccess(stops, true).extendedDue).toBe('2026-12-09');
    const fromFirstEnd = computeDeadlines({ regime: 'gdpr', type: 'access', received: '2026-09-02', country: 'IT', pauses: stops, extended: true, gdprExtension: 'from-first-end', gdprIdentity: 'suspended' });
    expect(fromFirstEnd.extendedDue).toBe('2026-12-09');
  });
});
