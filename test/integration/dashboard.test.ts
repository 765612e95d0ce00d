import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REQUEST_GROUPS } from '../../electron/shared/dashboard';
import { call, openDesk, seedBreaches, seedRequests, type DeskApp } from './dashboard-seed';

describe('the dashboard over a vault with known numbers', () => {
  let app: DeskApp;
  let ids: Record<string, string>;
  let breaches: Record<string, string>;

  beforeEach(async () => {
    app = await openDesk();
    ids = await seedRequests(app);
    breaches = await seedBreaches(app);
  });
  afterEach(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  const keysOf = (rows: { id: string }[]) => rows.map((row) => Object.entries(ids).find(([, id]) => id === row.id)?.[0]);

  it('puts every request in the right lists, with counts that match the lists', async () => {
    const dashboard = await call(app, 'dashboard.get', {});
    expect(dashboard).toMatchObject({ today: '2026-04-10', weekEnd: '2026-04-17', timeZone: 'Europe/Rome' });
    const lists = Object.fromEntries(REQUEST_GROUPS.map((key) => [key, keysOf(dashboard.requests[key].rows)]));
    expect(lists).toEqual({
      overdue: ['A', 'B'],
      pastCommitment: ['C'],
      dueToday: ['D'],
      dueThisWeek: ['E'],
      acknowledgements: ['B', 'E', 'I'],
      extensionNotices: ['C', 'D', 'E'],
    });
    for (const key of REQUEST_GROUPS) expect(dashboard.requests[key].total, key).toBe(dashboard.requests[key].rows.length);
  });

  it('dates each row by its list and offers the next action', async () => {
    const { requests } = await call(app, 'dashboard.get', {});
    expect(requests.overdue.rows.map((r) => [r.date, r.daysLeft, r.nextAction])).toEqual([
      ['2026-04-02', -8, 'respond'],
      ['2026-04-02', -8, 'request-identity'],
    ]);
    expect(requests.pastCommitment.rows[0]).toMatchObject({ date: '2026-04-09', legalDue: '2026-04-10', organisationDue: '2026-04-09', nextAction: 'verify-identity' });
    expect(requests.dueThisWeek.rows[0]).toMatchObject({ date: '2026-04-13', daysLeft: 3, subjectName: 'Elena Esposito' });
    expect(requests.acknowledgements.rows.map((r) => [r.date, r.nextAction])).toEqual([
      ['2026-03-04', 'acknowledge'],
      ['2026-03-16', 'acknowledge'],
      ['2026-04-10', 'acknowledge'],
    ]);
    expect(requests.extensionNotices.rows.map((r) => [r.date, r.nextAction])).toEqual([
      ['2026-04-10', 'extend'],
      ['2026-04-13', 'extend'],
      ['2026-04-14', 'extend'],
    ]);
  });

  it('agrees with the inbox counts on overdue and past-commitment requests', async () => {
    const [dashboard, counts] = await Promise.all([call(app, 'dashboard.get', {}), call(app, 'requests.counts', {})]);
    expect(dashboard.requests.overdue.total).toBe(counts.overdue);
    expect(dashboard.requests.pastCommitment.total).toBe(counts.slaBreached);
    const overdueInbox = await call(app, 'requests.list', { overdue: true });
    expect(overdueInbox.rows.map((r) => r.id).sort()).toEqual(dashboard.requests.overdue.rows.map((r) => r.id).sort());
  });

  it('defines each count once: Today, the inbox counts, the inbox list of each of Today’s lists and the daily summary agree', async () => {
    const [dashboard, counts] = await Promise.all([call(app, 'dashboard.get', {}), call(app, 'requests.counts', {})]);
    expect({ overdue: counts.overdue, pastCommitment: counts.slaBreached, dueToday: counts.dueToday, dueThisWeek: counts.dueThisWeek }).toEqual({
      overdue: dashboard.requests.overdue.total,
      pastCommitment: dashboard.requests.pastCommitment.total,
      dueToday: dashboard.requests.dueToday.total,
      dueThisWeek: dashboard.requests.dueThisWeek.total,
    });
    expect([counts.overdue, counts.slaBreached, counts.dueToday, counts.dueThisWeek]).toEqual([2, 1, 1, 1]);
    for (const key of REQUEST_GROUPS) {
      const inbox = await call(app, 'requests.list', { group: key, limit: 500 });
      expect(inbox.total, key).toBe(dashboard.requests[key].total);
      expect(inbox.rows.map((r) => r.id).sort(), key).toEqual(dashboard.requests[key].rows.map((r) => r.id).sort());
    }
    app.clock.ms = Date.parse('2026-04-10T06:00:00Z');
    await call(app, 'reminders.run', {});
    app.clock.ms = Date.parse('2026-04-10T07:00:00Z');
    const summary = (await call(app, 'reminders.run', {})).shown.find((n) => n.kind === 'summary')?.summary;
    expect(summary).toMatchObject({ overdue: counts.overdue, pastCommitment: counts.slaBreached, dueToday: counts.dueToday, dueThisWeek: counts.dueThisWeek });
  });

  it('shows breach clocks first: running and overdue before a stopped one, with hours left', async () => {
    const dashboard = await call(app, 'dashboard.get', {});
    expect(dashboard.breaches.total).toBe(3);
    expect(dashboard.breaches.rows.map((b) => [b.id, b.clock, b.hoursLeft, b.nextAction])).toEqual([
      [breaches.overdue, 'overdue', -25, 'complete-facts'],
      [breaches.running, 'running', 48, 'complete-facts'],
      [breaches.notified, 'notified-in-time', 26, 'complete-facts'],
    ]);
    expect(dashboard.breaches.rows[1]).toMatchObject({ authorityDeadline: '2026-04-12T10:00:00+02:00', urgency: 'none' });
  });

  it('counts received and closed requests per ISO week in the organisation’s zone', async () => {
    const { trend } = await call(app, 'dashboard.get', {});
    expect(trend.map((w) => w.week)).toEqual(['2026-W08', '2026-W09', '2026-W10', '2026-W11', '2026-W12', '2026-W13', '2026-W14', '2026-W15']);
    expect(trend.map((w) => w.received)).toEqual([0, 0, 2, 4, 0, 0, 2, 1]);
    // G closed at 00:30 on Monday 6 April in Rome (still Sunday in UTC): week 15, with H.
    expect(trend.map((w) => w.closed)).toEqual([0, 0, 0, 0, 0, 0, 0, 2]);
  });

  it('moves with the clock: on the next day C is past the law and D past the commitment', async () => {
    app.clock.ms += 24 * 3_600_000;
    const dashboard = await call(app, 'dashboard.get', {});
    expect(dashboard.today).toBe('2026-04-11');
    expect(keysOf(dashboard.requests.overdue.rows)).toEqual(['A', 'B', 'C']);
    expect(keysOf(dashboard.requests.pastCommitment.rows)).toEqual(['D']);
    expect(dashboard.requests.dueToday.total).toBe(0);
  });

  it('asks for the organisation first, like the inbox', async () => {
    const other = await openDesk();
    await other.handlers['settings.update']({ changes: { 'organisation.timeZone': null } });
    const result = await other.dispatch('dashboard.get', {});
    expect(result.ok ? null : result.error.code).toBe('VALIDATION');
    await other.dispose();
    other.tmp.cleanup();
  });
});
