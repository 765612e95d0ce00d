import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_PREFERENCES } from '../../shared/reminders';
import { planReminders, planSummary, type ReminderItem } from './reminder-schedule';

const zone = 'Europe/Rome';
const preferences = DEFAULT_DEADLINE_PREFERENCES;
const TICK = 5 * 60_000;

const request = (date: string): ReminderItem => ({
  key: 'request-due-legal:r1',
  kind: 'request-due',
  caseType: 'request',
  caseId: 'r1',
  reference: '2026-0001',
  label: 'Giulia Bianchi',
  deadline: { date },
});
const breach = (instant: string): ReminderItem => ({
  key: 'breach-72h:b1',
  kind: 'breach-72h',
  caseType: 'breach',
  caseId: 'b1',
  reference: 'B-2026-001',
  label: 'Laptop stolen',
  deadline: { instant },
});

/** Runs the scheduler on a fake clock, one tick every five minutes, and records when each reminder was shown. */
function simulate(items: ReminderItem[], from: string, to: string): { shown: Map<string, string>; superseded: string[] } {
  const fired = new Set<string>();
  const shown = new Map<string, string>();
  const superseded: string[] = [];
  const since = new Date(from);
  for (let t = Date.parse(from); t <= Date.parse(to); t += TICK) {
    const plan = planReminders({ items, preferences, timeZone: zone, now: new Date(t), fired, since });
    for (const reminder of plan.due) {
      expect(shown.has(reminder.id), `${reminder.id} shown twice`).toBe(false);
      shown.set(reminder.id, new Date(t).toISOString());
      fired.add(reminder.id);
    }
    for (const reminder of plan.superseded) fired.add(reminder.id);
    superseded.push(...plan.superseded.map((r) => r.id));
  }
  return { shown, superseded };
}

describe('reminder schedule under a fake clock', () => {
  it('fires a request 7 and 2 days before and on the day at 09:00 Rome time, across the spring change of clocks', () => {
    const { shown } = simulate([request('2026-03-30')], '2026-03-20T00:00:00Z', '2026-04-01T12:00:00Z');
    expect(Object.fromEntries(shown)).toEqual({
      'request-due-legal:r1@2026-03-30#7d': '2026-03-23T08:00:00.000Z',
      'request-due-legal:r1@2026-03-30#2d': '2026-03-28T08:00:00.000Z',
      // 29 March: clocks go forward; 09:00 on the 30th is 07:00 UTC.
      'request-due-legal:r1@2026-03-30#0d': '2026-03-30T07:00:00.000Z',
      'request-due-legal:r1@2026-03-30#overdue': '2026-03-31T07:00:00.000Z',
    });
  });

  it('keeps 09:00 on the wall across the autumn change too', () => {
    const { shown } = simulate([request('2026-10-26')], '2026-10-20T00:00:00Z', '2026-10-28T00:00:00Z');
    expect(shown.get('request-due-legal:r1@2026-10-26#2d')).toBe('2026-10-24T07:00:00.000Z');
    expect(shown.get('request-due-legal:r1@2026-10-26#0d')).toBe('2026-10-26T08:00:00.000Z');
  });

  it('fires a breach 48, 24 and 6 real hours before its deadline, whatever the wall clock does', () => {
    // Aware Fri 27 Mar 10:00 CET; the 72 hours end Mon 30 Mar 10:00 CET = 09:00 UTC = 11:00 CEST.
    const { shown } = simulate([breach('2026-03-30T10:00:00+01:00')], '2026-03-27T09:00:00Z', '2026-03-31T00:00:00Z');
    expect(Object.fromEntries(shown)).toEqual({
      'breach-72h:b1@2026-03-30T09:00:00.000Z#48h': '2026-03-28T09:00:00.000Z',
      'breach-72h:b1@2026-03-30T09:00:00.000Z#24h': '2026-03-29T09:00:00.000Z',
      'breach-72h:b1@2026-03-30T09:00:00.000Z#6h': '2026-03-30T03:00:00.000Z',
      'breach-72h:b1@2026-03-30T09:00:00.000Z#overdue': '2026-03-30T09:00:00.000Z',
    });
  });

  it('shows only the most urgent reminder that came due while the app was closed, once', () => {
    const item = request('2026-04-30');
    const since = new Date('2026-04-01T00:00:00Z');
    const now = new Date('2026-04-29T10:00:00Z');
    const plan = planReminders({ items: [item], preferences, timeZone: zone, now, fired: new Set(), since });
    expect(plan.due.map((r) => r.lead)).toEqual(['2d']);
    expect(plan.superseded.map((r) => r.id)).toEqual(['request-due-legal:r1@2026-04-30#7d']);
    expect(plan.upcoming.map((r) => [r.lead, r.fireAt.toISOString()])).toEqual([
      ['0d', '2026-04-30T07:00:00.000Z'],
      ['overdue', '2026-05-01T07:00:00.000Z'],
    ]);
    const again = planReminders({ items: [item], preferences, timeZone: zone, now, fired: new Set([...plan.superseded.map((r) => r.id), 'request-due-legal:r1@2026-04-30#2d']), since });
    expect(again.due).toEqual([]);
  });

  it('passes over what came due before reminders first ran, and overdue reminders older than a week', () => {
    const first = planReminders({ items: [request('2026-04-10')], preferences, timeZone: zone, now: new Date('2026-04-09T10:00:00Z'), fired: new Set(), since: new Date('2026-04-09T10:00:00Z') });
    expect(first.due).toEqual([]);
    expect(first.superseded).toHaveLength(2);
    const old = planReminders({ items: [request('2026-03-01')], preferences, timeZone: zone, now: new Date('2026-04-09T10:00:00Z'), fired: new Set(), since: new Date('2026-01-01T00:00:00Z') });
    expect(old.due).toEqual([]);
  });

  it('gives a new set of reminders when a deadline moves (an extension)', () => {
    const before = planReminders({ items: [request('2026-04-30')], preferences, timeZone: zone, now: new Date('2026-04-01T00:00:00Z'), fired: new Set(), since: new Date(0) });
    const after = planReminders({ items: [request('2026-06-30')], preferences, timeZone: zone, now: new Date('2026-04-01T00:00:00Z'), fired: new Set(), since: new Date(0) });
    expect(after.upcoming.map((r) => r.id)).not.toContain(before.upcoming[0]?.id);
  });

  it('plans the daily summary at the time of day, once, and only today’s', () => {
    const input = { preferences, timeZone: zone, fired: new Set<string>() };
    expect(planSummary('2026-03-29', { ...input, now: new Date('2026-03-29T06:59:00Z') })).toEqual({
      due: null,
      next: { id: 'summary:2026-03-29', fireAt: new Date('2026-03-29T07:00:00Z') },
    });
    const at = planSummary('2026-03-29', { ...input, now: new Date('2026-03-29T07:00:00Z') });
    expect(at.due).toBe('summary:2026-03-29');
    expect(at.next.fireAt.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(planSummary('2026-03-29', { ...input, fired: new Set(['summary:2026-03-29']), now: new Date('2026-03-29T12:00:00Z') }).due).toBeNull();
  });
});
