import { describe, expect, it } from 'vitest';
import type { CaseClock } from '../../shared/case-clocks';
import type { BreachRoles } from '../../shared/clients';
import { breachCaseClocks, type BreachClockFacts } from './breach-case-clocks';

/**
 * The NIS2 reports due at the month (Directive (EU) 2022/2555 Art. 23(4)(d) and (e); D.Lgs.
 * 138/2024 art. 25, comma 5, lett. d) ed e)): the final report a month after the incident
 * notification, or, for an incident still ongoing then, the progress report at that month and
 * the final report a month after the incident's end. Aware Fri 27 Mar 2026 in Rome; the
 * notification went on 29 Mar at 09:00 (summer time), so the month ends 29 Apr at 09:00.
 */
const NOTIFIED = '2026-03-29T09:00:00+02:00';
const MONTH = '2026-04-29T09:00:00+02:00';

type Nis2 = BreachRoles['nis2'];

function clocksAt(now: string, nis2: Partial<Nis2>, incidentEndAt: string | null = null): CaseClock[] {
  const facts: BreachClockFacts = {
    awareAt: '2026-03-27T10:00:00+01:00',
    authorityDeadline: '2026-03-30T10:00:00+01:00',
    authorityClock: 'notified-in-time',
    authorityUrgency: 'none',
    firstAuthorityNotice: '2026-03-28T10:00:00+01:00',
    roles: {
      controllerSide: false,
      processorReportedAt: null,
      clients: [],
      nis2Significant: true,
      nis2: { earlyWarningAt: '2026-03-27T20:00:00+01:00', notificationAt: null, progressReportAt: null, finalReportAt: null, references: { 'early-warning': null, notification: null, progress: null, final: null }, ...nis2 },
    },
    nis2InScope: true,
    incidentEndAt,
    timeZone: 'Europe/Rome',
  };
  return breachCaseClocks(facts, new Date(now)).filter((c) => c.kind === 'nis2-progress' || c.kind === 'nis2-final');
}

/** Kind, due, done, status, and the keys of the explanation and the citation. */
const brief = (clocks: CaseClock[]) => clocks.map((c) => [c.kind, c.dueAt, c.doneAt, c.status, c.explanation.key, c.source.key]);

describe('the NIS2 final report and the progress report of an incident still ongoing at the month', () => {
  it('before the notification: the final report waits for it, and no progress report is owed', () => {
    expect(brief(clocksAt('2026-03-28T12:00:00+01:00', {}))).toEqual([
      ['nis2-final', null, null, 'waiting', 'msg.clock.explain.finalAwaitsNotification', 'msg.citation.nis2-art-23-4-d'],
    ]);
  });

  it('once the notification is sent: the final report is due a month after it, amber on its last day', () => {
    expect(brief(clocksAt('2026-04-10T12:00:00+02:00', { notificationAt: NOTIFIED }))).toEqual([
      ['nis2-final', MONTH, null, 'running', 'msg.clock.explain.monthFromNotification', 'msg.citation.nis2-art-23-4-d'],
    ]);
    expect(clocksAt('2026-04-28T12:00:00+02:00', { notificationAt: NOTIFIED })[0]?.status).toBe('due-soon');
  });

  it('the month passed with no end recorded and no progress report: the progress report is the one overdue, the final report waits on the end', () => {
    expect(brief(clocksAt('2026-05-02T12:00:00+02:00', { notificationAt: NOTIFIED }))).toEqual([
      ['nis2-progress', MONTH, null, 'overdue', 'msg.clock.explain.progressAtMonth', 'msg.citation.nis2-art-23-4-e'],
      ['nis2-final', null, null, 'waiting', 'msg.clock.explain.finalAwaitsEnd', 'msg.citation.nis2-art-23-4-e'],
    ]);
  });

  it('the month passed and the recorded end falls after it: the progress report was owed (overdue), the final report runs a month from the end', () => {
    expect(brief(clocksAt('2026-05-12T12:00:00+02:00', { notificationAt: NOTIFIED }, '2026-05-10T18:00:00+02:00'))).toEqual([
      ['nis2-progress', MONTH, null, 'overdue', 'msg.clock.explain.progressAtMonth', 'msg.citation.nis2-art-23-4-e'],
      ['nis2-final', '2026-06-10T18:00:00+02:00', null, 'running', 'msg.clock.explain.monthFromEnd', 'msg.citation.nis2-art-23-4-e'],
    ]);
  });

  it('the month passed with an end recorded before it: the incident was over, so the final report is the one overdue', () => {
    expect(brief(clocksAt('2026-05-02T12:00:00+02:00', { notificationAt: NOTIFIED }, '2026-04-10T18:00:00+02:00'))).toEqual([
      ['nis2-final', MONTH, null, 'overdue', 'msg.clock.explain.monthFromNotification', 'msg.citation.nis2-art-23-4-d'],
    ]);
  });

  it('a progress report sent while the incident goes on: the next is due a month after it, each month, while the final report waits on the end (art. 25, comma 5, lett. e): "relazione mensile"; review 5, E24)', () => {
    const sent = '2026-04-28T10:00:00+02:00';
    expect(brief(clocksAt('2026-05-10T12:00:00+02:00', { notificationAt: NOTIFIED, progressReportAt: sent }))).toEqual([
      ['nis2-progress', '2026-05-28T10:00:00+02:00', null, 'running', 'msg.clock.explain.progressMonthly', 'msg.citation.nis2-art-23-4-e'],
      ['nis2-final', null, null, 'waiting', 'msg.clock.explain.finalAwaitsEnd', 'msg.citation.nis2-art-23-4-e'],
    ]);
    // A month on with no other report and no end recorded: that one is overdue.
    expect(clocksAt('2026-07-01T12:00:00+02:00', { notificationAt: NOTIFIED, progressReportAt: sent }).map((c) => [c.kind, c.dueAt, c.status])).toEqual([
      ['nis2-progress', '2026-05-28T10:00:00+02:00', 'overdue'],
      ['nis2-final', null, 'waiting'],
    ]);
    // The next one recorded: the one after runs from it, on the wall clock across a change of offset.
    expect(clocksAt('2026-10-30T12:00:00+01:00', { notificationAt: NOTIFIED, progressReportAt: '2026-10-20T10:00:00+02:00' })[0]?.dueAt).toBe('2026-11-20T10:00:00+01:00');
  });

  it('the end recorded within a month of the latest progress report: no further progress report, that one stands as met (late when sent after the month)', () => {
    const late = clocksAt('2026-07-01T12:00:00+02:00', { notificationAt: NOTIFIED, progressReportAt: '2026-05-03T10:00:00+02:00' }, '2026-05-20T18:00:00+02:00');
    expect(late.map((c) => [c.kind, c.dueAt, c.status])).toEqual([
      ['nis2-progress', MONTH, 'done-late'],
      ['nis2-final', '2026-06-20T18:00:00+02:00', 'overdue'],
    ]);
  });

  it('the end recorded after a progress report: the final report is due one month after the end, on the wall clock across a change of offset', () => {
    const nis2 = { notificationAt: NOTIFIED, progressReportAt: '2026-04-28T10:00:00+02:00' };
    expect(brief(clocksAt('2026-06-01T12:00:00+02:00', nis2, '2026-05-10T18:00:00+02:00'))[1]).toEqual([
      'nis2-final',
      '2026-06-10T18:00:00+02:00',
      null,
      'running',
      'msg.clock.explain.monthFromEnd',
      'msg.citation.nis2-art-23-4-e',
    ]);
    expect(clocksAt('2026-06-11T12:00:00+02:00', nis2, '2026-05-10T18:00:00+02:00')[1]?.status).toBe('overdue');
    // Ended in summer time, due in winter time: the same 12:00 in Rome, now at +01:00.
    expect(clocksAt('2026-10-25T12:00:00+01:00', nis2, '2026-10-20T12:00:00+02:00')[1]?.dueAt).toBe('2026-11-20T12:00:00+01:00');
  });

  it('a progress report sent, then an end recorded before the month: the incident was over at the month, so the final report is due then (point (d))', () => {
    const nis2 = { notificationAt: NOTIFIED, progressReportAt: '2026-04-20T10:00:00+02:00' };
    expect(brief(clocksAt('2026-04-25T12:00:00+02:00', nis2, '2026-04-22T18:00:00+02:00'))).toEqual([
      ['nis2-progress', MONTH, '2026-04-20T10:00:00+02:00', 'done', 'msg.clock.explain.progressAtMonth', 'msg.citation.nis2-art-23-4-e'],
      ['nis2-final', MONTH, null, 'running', 'msg.clock.explain.monthFromNotification', 'msg.citation.nis2-art-23-4-d'],
    ]);
  });

  it('the final report sent: met, against the end after a progress report, against the month without one', () => {
    const nis2 = { notificationAt: NOTIFIED, progressReportAt: '2026-04-28T10:00:00+02:00', finalReportAt: '2026-06-05T10:00:00+02:00' };
    expect(brief(clocksAt('2026-07-01T12:00:00+02:00', nis2, '2026-05-10T18:00:00+02:00'))).toEqual([
      ['nis2-progress', MONTH, '2026-04-28T10:00:00+02:00', 'done', 'msg.clock.explain.progressAtMonth', 'msg.citation.nis2-art-23-4-e'],
      ['nis2-final', '2026-06-10T18:00:00+02:00', '2026-06-05T10:00:00+02:00', 'done', 'msg.clock.explain.monthFromEnd', 'msg.citation.nis2-art-23-4-e'],
    ]);
    const direct = clocksAt('2026-07-01T12:00:00+02:00', { notificationAt: NOTIFIED, finalReportAt: '2026-04-20T10:00:00+02:00' }, '2026-04-10T18:00:00+02:00');
    expect(brief(direct)).toEqual([['nis2-final', MONTH, '2026-04-20T10:00:00+02:00', 'done', 'msg.clock.explain.monthFromNotification', 'msg.citation.nis2-art-23-4-d']]);
  });
});
