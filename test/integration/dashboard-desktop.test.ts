import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDesktopReminders, type DesktopReminders } from '../../electron/main/reminders';
import type { NotificationText } from '../../electron/main/reminders-text';
import { call, openDesk, seedBreaches, seedRequests, type DeskApp } from './dashboard-seed';
import { PASSPHRASE } from './temp-vault';

const NAMES = /Alberti|Bassi|Conti|Daniele|Esposito|Ferri|Galli|Herrera|Isola|Rossi|Laptop|Payroll|Ransomware|20\d\d-00\d\d|B-2026/;

describe('desktop reminders from the main process', () => {
  let app: DeskApp;
  let shown: NotificationText[];
  let reminders: DesktopReminders;

  beforeEach(async () => {
    app = await openDesk();
    await seedRequests(app);
    await seedBreaches(app);
    shown = [];
    reminders = startDesktopReminders({
      dispatch: app.dispatch,
      vaultState: () => app.session.status().state,
      show: (text) => shown.push(text),
      language: 'en',
      now: () => app.clock.ms,
      setInterval: () => ({ clear: () => undefined }),
    });
  });
  afterEach(async () => {
    reminders.stop();
    await app.dispose();
    app.tmp.cleanup();
  });

  const tickAt = async (iso: string) => {
    app.clock.ms = Date.parse(iso);
    await reminders.tick();
  };

  it('never shows a name while the vault is locked, and does not repeat those reminders after unlocking', async () => {
    await tickAt('2026-04-10T06:00:00Z');
    expect(shown).toEqual([]);
    await app.session.lock();

    await tickAt('2026-04-10T07:00:30Z');
    expect(shown).toEqual([{ title: '6 items need attention', body: 'Unlock DPO Desk to see them.' }]);
    await tickAt('2026-04-10T07:01:00Z');
    expect(shown).toHaveLength(1);
    await tickAt('2026-04-10T08:00:00Z');
    expect(shown).toHaveLength(2);
    for (const text of shown) expect(`${text.title} ${text.body}`).not.toMatch(NAMES);

    await app.session.unlock('passphrase', PASSPHRASE);
    await tickAt('2026-04-10T08:00:15Z');
    expect(shown).toHaveLength(2);
    const list = await call(app, 'notifications.list', {});
    expect(list.unread).toBe(7);
  });

  it('names what came due once the vault is open, one by one or grouped, when the DPO opted in to names', async () => {
    await call(app, 'deadlines.updatePreferences', { changes: { namesInNotifications: true } });
    await tickAt('2026-04-10T06:00:00Z');
    await tickAt('2026-04-10T07:00:00Z');
    expect(shown).toEqual([{ title: '6 deadlines need attention', body: '2026-0003, 2026-0004, 2026-0009' }]);
    await tickAt('2026-04-10T07:30:00Z');
    expect(shown).toHaveLength(1);
    await tickAt('2026-04-10T08:00:00Z');
    expect(shown.at(-1)).toEqual({ title: 'Breach B-2026-001: 48 h left to notify the authority', body: 'Laptop of Marco Rossi stolen' });
  });

  it('shows references only by default: no name or breach title on the desktop', async () => {
    await tickAt('2026-04-10T06:00:00Z');
    await tickAt('2026-04-10T07:00:00Z');
    await tickAt('2026-04-10T08:00:00Z');
    expect(shown.at(-1)).toEqual({ title: 'Breach B-2026-001: 48 h left to notify the authority', body: 'Open DPO Desk to see the case.' });
    for (const text of shown) expect(`${text.title} ${text.body}`).not.toMatch(/Alberti|Bassi|Conti|Daniele|Esposito|Ferri|Galli|Herrera|Isola|Rossi|Laptop|Payroll|Ransomware/);
  });

  it('stays quiet when the DPO turned desktop notifications off (the in-app list still fills)', async () => {
    await call(app, 'deadlines.updatePreferences', { changes: { desktopNotifications: false } });
    await tickAt('2026-04-10T06:00:00Z');
    await tickAt('2026-04-10T08:00:00Z');
    expect(shown).toEqual([]);
    expect((await call(app, 'notifications.list', {})).total).toBe(7);
  });
});
