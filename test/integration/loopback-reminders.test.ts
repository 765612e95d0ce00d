import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../../electron/loopback/server';
import type { NotificationPage } from '../../electron/shared/notifications';
import type { Result } from '../../electron/shared/result';
import { PASSPHRASE, tempDir } from './temp-vault';

/**
 * Browser mode keeps Settings' promise: the loopback server runs the reminder service, so a
 * deadline coming due fills the in-app notification list the page reads (and turns into
 * browser notifications where allowed), with no Electron main process in the loop.
 */
describe('reminders in browser mode', () => {
  let tmp: ReturnType<typeof tempDir>;
  let server: LoopbackServer;
  const clock = { ms: Date.parse('2026-04-10T06:00:00Z') };

  beforeEach(async () => {
    clock.ms = Date.parse('2026-04-10T06:00:00Z');
    tmp = tempDir();
    server = await startLoopbackServer({
      vaultDir: join(tmp.dir, 'vault'),
      rendererDir: 'test/fixtures/renderer',
      now: () => new Date(clock.ms),
      reminders: { now: () => clock.ms, setInterval: () => ({ clear: () => undefined }) },
    });
  });
  afterEach(async () => {
    await server.close();
    tmp.cleanup();
  });

  it('fires a deadline reminder from the server into the page’s notification list, and only while unlocked', async () => {
    const signIn = await fetch(server.url, { redirect: 'manual' });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const api = async <T>(channel: string, body: unknown): Promise<T> => {
      const response = await fetch(`${server.origin}/__dpo/api/${channel}`, { method: 'POST', headers: { cookie, origin: server.origin, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const result = (await response.json()) as Result<T>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    await api('vault.create', { passphrase: PASSPHRASE });
    await api('settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome', 'commitments.responseDays': 30 } });
    await api('requests.create', { request: { regime: 'gdpr', types: ['access'], receivedAt: '2026-03-11T10:00:00+01:00', channel: 'email', subjectName: 'Giulia Bianchi' } });
    await api('dashboard.get', {});

    await server.reminders.tick();
    const before = (await api<NotificationPage>('notifications.list', {})).rows.filter((n) => n.kind !== 'summary');
    expect(before).toEqual([]);

    clock.ms = Date.parse('2026-04-10T07:00:30Z');
    await server.reminders.tick();
    const page = await api<NotificationPage>('notifications.list', {});
    expect(page.unread).toBeGreaterThan(0);
    expect(page.rows.filter((n) => n.caseType === 'request').map((n) => `${n.kind} ${n.deadline}`)).toContain('request-due 2026-04-10');
    await api('vault.lock', {});
    clock.ms = Date.parse('2026-04-11T07:10:00Z');
    await server.reminders.tick();
    await api('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect((await api<NotificationPage>('notifications.list', {})).total).toBe(page.total);
  });

  it('runs the first reminders after an unlock only once the page has read Today, and they still fire', async () => {
    const signIn = await fetch(server.url, { redirect: 'manual' });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const api = async <T>(channel: string, body: unknown): Promise<T> => {
      const response = await fetch(`${server.origin}/__dpo/api/${channel}`, { method: 'POST', headers: { cookie, origin: server.origin, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const result = (await response.json()) as Result<T>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    await api('vault.create', { passphrase: PASSPHRASE });
    await api('settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome', 'commitments.responseDays': 30 } });
    await api('requests.create', { request: { regime: 'gdpr', types: ['access'], receivedAt: '2026-03-11T10:00:00+01:00', channel: 'email', subjectName: 'Giulia Bianchi' } });
    await api('dashboard.get', {});
    await server.reminders.tick();
    await api('vault.lock', {});

    clock.ms = Date.parse('2026-04-10T07:00:30Z');
    await api('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    await server.reminders.tick();
    const waiting = await api<NotificationPage>('notifications.list', {});
    expect(waiting.rows.filter((n) => n.caseType === 'request')).toEqual([]);

    await api('dashboard.get', {});
    await server.reminders.tick();
    const fired = await api<NotificationPage>('notifications.list', {});
    expect(fired.rows.filter((n) => n.caseType === 'request').map((n) => `${n.kind} ${n.deadline}`)).toContain('request-due 2026-04-10');
  });
});
