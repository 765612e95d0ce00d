import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIcs, textOf } from '../support/ics-parse';
import { call, openDesk, seedBreaches, type DeskApp } from './dashboard-seed';

/**
 * Art. 33(4): a preliminary notification to the authority opens a deadline for the complete
 * one (the DPO's setting, 30 days by default), on the breach page, Today, the calendar, the
 * reminders and the .ics export, until a complete notification is recorded. The seeded
 * "Ransomware on the HR share" was notified preliminarily on 9 April 2026 at 09:00 in Rome.
 */
describe('the complete notification owed after a preliminary one (Art. 33(4))', () => {
  let app: DeskApp;
  let ids: Record<string, string>;

  beforeEach(async () => {
    app = await openDesk();
    ids = await seedBreaches(app);
  });
  afterEach(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  const notified = () => ids.notified as string;

  it('is due 30 days after the preliminary notice by default, and says so', async () => {
    const detail = await call(app, 'breaches.get', { id: notified() });
    expect(detail.followUp).toEqual({ preliminaryAt: '2026-04-09T09:00:00+02:00', due: '2026-05-09', days: 30, defaultPeriod: true, daysLeft: 29 });
    const others = await Promise.all([ids.running, ids.overdue].map((id) => call(app, 'breaches.get', { id: id as string })));
    expect(others.map((b) => b.followUp)).toEqual([null, null]);
  });

  it('follows the period set in Settings, counted from the day in the organisation’s zone', async () => {
    await call(app, 'settings.update', { changes: { 'breaches.followUpDays': 14 } });
    expect((await call(app, 'breaches.get', { id: notified() })).followUp).toMatchObject({ due: '2026-04-23', days: 14, defaultPeriod: false, daysLeft: 13 });
    expect((await app.dispatch('settings.update', { changes: { 'breaches.followUpDays': 0 } })).ok).toBe(false);
  });

  it('shows on Today with its next step, in the calendar, the reminders and the .ics export', async () => {
    const today = await call(app, 'dashboard.get', {});
    const row = today.breaches.rows.find((b) => b.id === notified());
    expect(row).toMatchObject({ followUp: { due: '2026-05-09', daysLeft: 29 } });

    const may = await call(app, 'deadlines.calendar', { from: '2026-05-01', to: '2026-05-31', kinds: ['breach-follow-up'] });
    expect(may.items).toEqual([
      {
        id: `breach-follow-up:${notified()}`,
        kind: 'breach-follow-up',
        caseType: 'breach',
        caseId: notified(),
        reference: 'B-2026-003',
        title: 'Ransomware on the HR share',
        date: '2026-05-09',
        instant: null,
        clock: null,
        overdue: false,
      },
    ]);
    expect((await call(app, 'deadlines.calendar', { from: '2026-04-01', to: '2026-04-30', kinds: ['breach-follow-up'] })).items).toEqual([]);

    const file = await call(app, 'deadlines.exportIcs', { language: 'it', minimise: true, kinds: ['breach-follow-up'] });
    const events = parseIcs(Buffer.from(file.base64, 'base64').toString('utf8')).components;
    expect(events.map((e) => textOf(e, 'SUMMARY'))).toEqual(["Violazione B-2026-003: scade la notifica completa all'autorità (art. 33, par. 4)"]);
    expect(textOf(events[0]!, 'DTSTART')).toBe('20260509');

    app.clock.ms = Date.parse('2026-04-10T06:00:00Z');
    await call(app, 'reminders.run', {});
    app.clock.ms = Date.parse('2026-05-02T07:00:00Z');
    const week = await call(app, 'reminders.run', {});
    expect(week.shown.filter((n) => n.kind === 'breach-follow-up').map((n) => `${n.reference} ${n.lead} ${n.deadline}`)).toEqual(['B-2026-003 7d 2026-05-09']);
  });

  it('becomes overdue when the day passes, and the overdue item stays in the calendar', async () => {
    app.clock.ms = Date.parse('2026-05-12T08:00:00Z');
    expect((await call(app, 'breaches.get', { id: notified() })).followUp).toMatchObject({ due: '2026-05-09', daysLeft: -3 });
    const overdue = await call(app, 'deadlines.calendar', { from: null, to: '2026-05-12', kinds: ['breach-follow-up'] });
    expect(overdue.items.map((i) => `${i.date} ${i.reference} ${i.overdue}`)).toEqual(['2026-05-09 B-2026-003 true']);
  });

  it('ends with the complete notification, which must say what it adds; supplementary ones do not end it', async () => {
    const refused = await app.dispatch('breaches.addNotification', {
      id: notified(),
      notification: { recipient: 'authority', phase: 'complete', sentAt: '2026-04-10T09:00:00+02:00', summary: 'Complete notice' },
    });
    expect(refused.ok ? null : refused.error.issues?.[0]).toMatchObject({ path: 'adds', detail: { key: 'msg.error.breach.addsMissing' } });
    expect(refused.ok ? null : refused.error.detail).toEqual({ key: 'msg.error.breach.addsMissing' });
    const second = await app.dispatch('breaches.addNotification', {
      id: notified(),
      notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-04-10T09:00:00+02:00', summary: 'Again' },
    });
    expect(second.ok ? null : second.error.issues?.[0]).toMatchObject({ path: 'phase', detail: { key: 'msg.error.breach.secondPreliminary' } });

    const supplementary = await call(app, 'breaches.addNotification', {
      id: notified(),
      notification: { recipient: 'authority', phase: 'supplementary', sentAt: '2026-04-10T09:00:00+02:00', summary: 'The HR share held payslips', adds: 'The categories of data: payslips' },
    });
    expect(supplementary.followUp).toMatchObject({ due: '2026-05-09' });
    expect(supplementary.notifications.at(-1)).toMatchObject({ phase: 'supplementary', adds: 'The categories of data: payslips' });

    const complete = await call(app, 'breaches.addNotification', {
      id: notified(),
      notification: { recipient: 'authority', phase: 'complete', sentAt: '2026-04-10T09:30:00+02:00', summary: 'Everything', adds: 'The final count: 212 employees' },
    });
    expect(complete.followUp).toBeNull();
    expect((await call(app, 'deadlines.calendar', { from: null, to: '2026-12-31', kinds: ['breach-follow-up'] })).items).toEqual([]);
    const row = (await call(app, 'dashboard.get', {})).breaches.rows.find((b) => b.id === notified());
    expect(row?.followUp).toBeNull();
  });
});
