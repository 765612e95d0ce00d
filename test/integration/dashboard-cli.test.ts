import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { addDays, daysBetween, todayInZone } from '../../electron/core/deadlines';
import type { CalendarPage } from '../../electron/shared/calendar';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

describe('deadlines list on the command line', () => {
  let tmp: ReturnType<typeof tempDir>;
  let vault: string;
  const today = todayInZone('Europe/Rome');

  beforeEach(async () => {
    tmp = tempDir();
    const app = appOver(tmp.dir);
    vault = app.session.files.dir;
    await app.session.create(PASSPHRASE);
    await app.handlers['settings.update']({ changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });
    const request = (subjectName: string, daysAgo: number) => ({
      regime: 'gdpr' as const,
      types: ['access' as const],
      receivedAt: `${addDays(today, -daysAgo)}T12:00:00+02:00`,
      channel: 'email' as const,
      subjectName,
    });
    for (const result of [
      await app.dispatch('requests.create', { request: request('Old Request', 40) }),
      await app.dispatch('requests.create', { request: request('New Request', 1) }),
      await app.dispatch('breaches.create', { breach: { title: 'Lost USB stick', awareAt: new Date(Date.now() - 10 * 3_600_000).toISOString() } }),
    ]) {
      expect(result.ok).toBe(true);
    }
    await app.dispose();
  });
  afterEach(() => tmp.cleanup());

  it('lists overdue deadlines and those due within the span, as JSON and as lines', async () => {
    const json = await cli(['deadlines', 'list', '--vault', vault, '--json']);
    expect(json.code).toBe(0);
    const page = JSON.parse(json.stdout) as CalendarPage;
    expect(page.today).toBe(today);
    expect(page.items.every((i) => i.overdue || daysBetween(today, i.date) <= 7)).toBe(true);
    expect(page.items.filter((i) => i.overdue).map((i) => i.title)).toEqual(['Old Request']);
    expect(page.items.find((i) => i.kind === 'breach-72h')).toMatchObject({ title: 'Lost USB stick', overdue: false });
    expect(page.items.some((i) => i.title === 'New Request')).toBe(false);

    const wide = JSON.parse((await cli(['deadlines', 'list', '--within', '5w', '--vault', vault, '--json'])).stdout) as CalendarPage;
    expect(wide.items.filter((i) => i.title === 'New Request').map((i) => i.kind)).toEqual(['request-due', 'extension-notice']);

    const overdue = JSON.parse((await cli(['deadlines', 'list', '--overdue', '--vault', vault, '--json'])).stdout) as CalendarPage;
    expect(overdue.items.every((i) => i.overdue)).toBe(true);
    expect(overdue.items).toHaveLength(1);

    const lines = await cli(['deadlines', 'list', '--kind', 'breach-72h', '--vault', vault]);
    expect(lines.stdout).toMatch(/^1 deadline\(s\) overdue or due within 7 day\(s\); today is \d{4}-\d{2}-\d{2} \(Europe\/Rome\)\n/);
    expect(lines.stdout).toMatch(/breach-72h\s+B-\d{4}-001\s+6[12]\.\d h left\s+Lost USB stick/);
  });

  it('refuses a span it cannot read, with exit code 2', async () => {
    expect(await cli(['deadlines', 'list', '--within', 'soon', '--vault', vault])).toMatchObject({ code: 2, stderr: 'Usage error: --within: "soon" is not a span such as 7d or 2w\n' });
    expect((await cli(['deadlines', 'list', '--kind', 'birthday', '--vault', vault])).code).toBe(2);
  });
});
