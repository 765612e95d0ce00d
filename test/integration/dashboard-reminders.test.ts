import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import type { InAppNotification } from '../../electron/shared/notifications';
import { call, openDesk, seedBreaches, seedRequests, type DeskApp } from './dashboard-seed';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/** A shown reminder as `<reference> <lead>`, or `summary`. */
const brief = (shown: InAppNotification[]) => shown.map((n) => (n.kind === 'summary' ? 'summary' : `${n.reference} ${n.kind} ${n.lead}`)).sort();

describe('reminders over a real vault, under a fake clock', () => {
  let app: DeskApp;

  beforeEach(async () => {
    app = await openDesk();
    await seedRequests(app);
    await seedBreaches(app);
  });
  afterEach(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  const runAt = async (iso: string, alreadyShown: string[] = []) => {
    app.clock.ms = Date.parse(iso);
    return call(app, 'reminders.run', { alreadyShown });
  };

  it('passes over what was due before the first run, then fires each reminder once at its instant', async () => {
    const first = await runAt('2026-04-10T06:00:00Z');
    expect(first.shown).toEqual([]);
    expect(first.attention).toBe(6);
    expect(first.upcoming[0]).toMatchObject({ fireAt: '2026-04-10T07:00:00.000Z' });

    // 09:00 in Rome: the daily summary and the date reminders of the day.
    const nine = await runAt('2026-04-10T07:00:00Z');
    expect(brief(nine.shown)).toEqual([
      '2026-0003 extension-notice 0d',
      '2026-0003 request-due 0d',
      '2026-0003 request-due overdue',
      '2026-0004 request-due 0d',
      '2026-0009 request-ack 0d',
      'summary',
    ]);
    expect(nine.shown.find((n) => n.kind === 'summary')?.summary).toMatchObject({ breachesRunning: 2, overdue: 2, pastCommitment: 1, dueToday: 1, dueThisWeek: 1 });
    expect((await runAt('2026-04-10T07:04:00Z')).shown).toEqual([]);

    // 48 real hours before the running breach's deadline (12 Apr 10:00 CEST).
    const ten = await runAt('2026-04-10T08:00:00Z');
    expect(brief(ten.shown)).toEqual(['B-2026-001 breach-72h 48h']);
    expect(ten.shown[0]).toMatchObject({ label: 'Laptop of Marco Rossi stolen', deadline: '2026-04-12T10:00:00+02:00' });
    expect((await runAt('2026-04-10T08:01:00Z')).shown).toEqual([]);
  });

  it('does not show again what a locked app already announced, but lists it in the app', async () => {
    await runAt('2026-04-10T06:00:00Z');
    const ahead = await runAt('2026-04-10T06:30:00Z');
    const announced = ahead.upcoming.filter((u) => u.fireAt <= '2026-04-10T07:00:00.000Z').map((u) => u.id);
    expect(announced).toContain('summary:2026-04-10');
    const unlocked = await runAt('2026-04-10T07:10:00Z', announced);
    expect(unlocked.shown).toEqual([]);
    const list = await call(app, 'notifications.list', {});
    expect(list).toMatchObject({ unread: 6, total: 6 });
  });

  it('keeps read and unread, and audits the runs without names', async () => {
    await runAt('2026-04-10T06:00:00Z');
    await runAt('2026-04-10T08:00:00Z');
    const list = await call(app, 'notifications.list', { unreadOnly: true });
    expect(list.unread).toBe(list.rows.length);
    const first = list.rows[0] as InAppNotification;
    expect(await call(app, 'notifications.markRead', { ids: [first.id] })).toEqual({ unread: list.unread - 1 });
    expect(await call(app, 'notifications.markRead', { all: true })).toEqual({ unread: 0 });
    expect((await call(app, 'notifications.list', {})).rows.every((n) => n.read)).toBe(true);
    const audit = await app.session.db().selectFrom('audit_events').select(['action', 'data']).where('action', 'in', ['reminders.fired', 'notifications.read']).execute();
    expect(audit.map((a) => a.action)).toEqual(['reminders.fired', 'reminders.fired', 'notifications.read', 'notifications.read']);
    expect(audit.map((a) => a.data).join('\n')).not.toMatch(/Marco|Laptop|Conti/);
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);
  });

  it('follows the DPO’s lead times, and refuses to run while the vault is locked', async () => {
    await call(app, 'deadlines.updatePreferences', { changes: { breachHours: [12, 36, 36], requestDays: [] } });
    expect(await call(app, 'deadlines.preferences', {})).toMatchObject({ breachHours: [36, 12], requestDays: [], timeOfDay: '09:00' });
    await runAt('2026-04-10T06:00:00Z');
    const ahead = (await runAt('2026-04-10T06:01:00Z')).upcoming.filter((u) => u.id.startsWith('breach-72h'));
    expect(ahead.map((u) => [u.id.split('#')[1], u.fireAt])).toEqual([
      ['36h', '2026-04-10T20:00:00.000Z'],
      ['12h', '2026-04-11T20:00:00.000Z'],
      ['overdue', '2026-04-12T08:00:00.000Z'],
    ]);
    await app.session.lock();
    const locked = await app.dispatch('reminders.run', {});
    expect(locked.ok ? null : locked.error.code).toBe('VAULT_LOCKED');
  });
});

describe('the first reminder run on a vault with nothing due', () => {
  const tmp = tempDir();
  const app = appOver(tmp.dir, () => new Date('2026-04-10T06:00:00Z'));
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('audits where reminders start, so audit verify finds no data outside the trail', async () => {
    await app.session.create(PASSPHRASE);
    await app.dispatch('settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });
    expect(await app.dispatch('reminders.run', { alreadyShown: [] })).toMatchObject({ ok: true, value: { shown: [] } });
    const started = await app.session.db().selectFrom('audit_events').select('data').where('action', '=', 'reminders.started').execute();
    expect(started).toEqual([{ data: JSON.stringify({ since: '2026-04-10T06:00:00.000Z' }) }]);
    expect(await app.session.verify()).toMatchObject({ ok: true, dataBreaks: [] });
  });
});
