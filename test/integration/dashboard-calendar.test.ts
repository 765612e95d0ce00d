import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIcs, textOf, type IcsComponent } from '../support/ics-parse';
import type { CalendarItem } from '../../electron/shared/calendar';
import { call, openDesk, seedBreaches, seedRequests, type DeskApp } from './dashboard-seed';

const NAMES = ['Anna Alberti', 'Bruno Bassi', 'Carla Conti', 'Dario Daniele', 'Elena Esposito', 'Fabio Ferri', 'Irene Isola', 'Marco Rossi', 'Laptop', 'Payroll'];

describe('the calendar of every deadline, and its .ics export', () => {
  let app: DeskApp;

  beforeEach(async () => {
    app = await openDesk();
    await seedRequests(app);
    await seedBreaches(app);
    await call(app, 'retention.saveRule', {
      rule: { category: 'Customer accounts', periodCount: 3, periodUnit: 'years', trigger: 'account-closure', legalBasis: 'Art. 2946 c.c.', firstReview: '2026-04-20' },
    });
  });
  afterEach(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  const brief = (items: CalendarItem[]) => items.map((i) => `${i.date} ${i.kind}${i.clock ? `/${i.clock}` : ''} ${i.reference}${i.overdue ? ' overdue' : ''}`);

  it('lists a month of deadlines of every kind, in day order', async () => {
    const page = await call(app, 'deadlines.calendar', { from: '2026-04-01', to: '2026-04-30' });
    expect(page).toMatchObject({ today: '2026-04-10', timeZone: 'Europe/Rome', truncated: false });
    expect(brief(page.items)).toEqual([
      '2026-04-01 request-due/organisation 2026-0001 overdue',
      '2026-04-01 request-due/organisation 2026-0002 overdue',
      '2026-04-02 request-due/legal 2026-0001 overdue',
      '2026-04-02 request-due/legal 2026-0002 overdue',
      '2026-04-09 request-due/organisation 2026-0003 overdue',
      '2026-04-09 breach-72h B-2026-002 overdue',
      '2026-04-10 request-due/legal 2026-0003',
      '2026-04-10 request-due/organisation 2026-0004',
      '2026-04-10 request-ack 2026-0009',
      '2026-04-10 extension-notice 2026-0003',
      '2026-04-12 breach-72h B-2026-001',
      '2026-04-13 request-due/legal 2026-0004',
      '2026-04-13 request-due/organisation 2026-0005',
      '2026-04-13 extension-notice 2026-0004',
      '2026-04-14 request-due/legal 2026-0005',
      '2026-04-14 extension-notice 2026-0005',
      '2026-04-20 retention-review Customer accounts',
    ]);
    const breach = page.items.find((i) => i.kind === 'breach-72h' && !i.overdue);
    expect(breach).toMatchObject({ instant: '2026-04-12T10:00:00+02:00', title: 'Laptop of Marco Rossi stolen', caseType: 'breach' });
  });

  it('never drops a deadline: the true total and count per day, and every page after the first', async () => {
    const whole = await call(app, 'deadlines.calendar', { from: null, to: '2026-04-30' });
    expect(whole.truncated).toBe(false);
    expect(whole.total).toBe(whole.items.length);
    const perDay: Record<string, number> = {};
    for (const item of whole.items) perDay[item.date] = (perDay[item.date] ?? 0) + 1;
    expect(whole.days).toEqual(perDay);
    expect(whole.days['2026-04-10']).toBe(4);

    const pages: CalendarItem[] = [];
    for (let offset = 0; ; offset += 4) {
      const page = await call(app, 'deadlines.calendar', { from: null, to: '2026-04-30', offset, limit: 4 });
      expect(page).toMatchObject({ offset, total: whole.total, days: whole.days });
      pages.push(...page.items);
      if (!page.truncated) break;
    }
    expect(pages.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));

    const day = await call(app, 'deadlines.calendar', { from: '2026-04-10', to: '2026-04-10', limit: 2 });
    expect(day).toMatchObject({ total: 4, truncated: true, days: { '2026-04-10': 4 } });
    expect(day.items).toHaveLength(2);
  });

  it('reads the month grid as the first few of each day, beside every day’s true count', async () => {
    const whole = await call(app, 'deadlines.calendar', { from: '2026-04-01', to: '2026-05-31' });
    const firstOfEachDay = (n: number) => {
      const seen: Record<string, number> = {};
      return whole.items.filter((item) => (seen[item.date] = (seen[item.date] ?? 0) + 1) <= n).map((item) => item.id);
    };
    for (const perDay of [1, 2, 3]) {
      const grid = await call(app, 'deadlines.calendar', { from: '2026-04-01', to: '2026-05-31', perDay });
      expect(grid.items.map((item) => item.id)).toEqual(firstOfEachDay(perDay));
      expect(grid).toMatchObject({ total: whole.total, days: whole.days, truncated: false });
    }
    expect(firstOfEachDay(1).length).toBeLessThan(whole.items.length);
    const roomy = await call(app, 'deadlines.calendar', { from: '2026-04-01', to: '2026-05-31', perDay: 50 });
    expect(roomy.items).toEqual(whole.items);
    const paged = await call(app, 'deadlines.calendar', { from: '2026-04-01', to: '2026-05-31', perDay: 1, limit: 2 });
    expect(paged).toMatchObject({ total: whole.total, truncated: true });
    expect(paged.items.map((item) => item.id)).toEqual(firstOfEachDay(1).slice(0, 2));
  });

  it('filters by kind, marks one item "both" when the two clocks agree, and caps with truncated', async () => {
    const breaches = await call(app, 'deadlines.calendar', { from: '2026-04-01', to: '2026-04-30', kinds: ['breach-72h'] });
    expect(brief(breaches.items)).toEqual(['2026-04-09 breach-72h B-2026-002 overdue', '2026-04-12 breach-72h B-2026-001']);
    const may = await call(app, 'deadlines.calendar', { from: '2026-05-01', to: '2026-05-31', kinds: ['request-due'] });
    expect(brief(may.items)).toEqual(['2026-05-08 request-due/both 2026-0009', '2026-05-13 request-due/organisation 2026-0006']);
    const capped = await call(app, 'deadlines.calendar', { from: null, to: '2026-04-30', limit: 3 });
    expect(capped.items).toHaveLength(3);
    expect(capped.truncated).toBe(true);
    const bad = await app.dispatch('deadlines.calendar', { from: '2026-05-01', to: '2026-04-01' });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
  });

  it('exports an .ics that parses back: all-day dates, UTC instants, stable UIDs, no names by default', async () => {
    const file = await call(app, 'deadlines.exportIcs', { language: 'en' });
    expect(file).toMatchObject({ fileName: 'dpo-desk-deadlines-2026-04-10.ics', mimeType: 'text/calendar' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = parseIcs(text);
    const events = calendar.components.filter((c) => c.name === 'VEVENT');
    const page = await call(app, 'deadlines.calendar', { from: '2026-03-11', to: '2027-04-11' });
    expect(events).toHaveLength(page.items.length);
    const uids = events.map((e) => textOf(e, 'UID'));
    expect(new Set(uids).size).toBe(events.length);
    const byUid = (uid: string): IcsComponent => events.find((e) => textOf(e, 'UID') === uid) as IcsComponent;
    const first = page.items.find((i) => i.reference === '2026-0004' && i.clock === 'legal') as CalendarItem;
    const due = byUid(`request-due-legal-${first.caseId}@dpo-desk`);
    expect(textOf(due, 'SUMMARY')).toBe('Request 2026-0004 due');
    expect(due.properties.find((p) => p.name === 'DTSTART')).toMatchObject({ params: { VALUE: 'DATE' }, value: '20260413' });
    expect(textOf(due, 'DTEND')).toBe('20260414');
    expect(textOf(due, 'DTSTAMP')).toBe('20260410T080000Z');
    const breach = events.find((e) => textOf(e, 'SUMMARY') === 'Breach B-2026-001: 72 hours to notify the authority') as IcsComponent;
    expect(textOf(breach, 'DTSTART')).toBe('20260412T080000Z');
    expect(events.find((e) => textOf(e, 'SUMMARY') === 'Retention review: Customer accounts')).toBeDefined();

    app.clock.ms += 3_600_000;
    const again = parseIcs(Buffer.from((await call(app, 'deadlines.exportIcs', { language: 'en' })).base64, 'base64').toString('utf8'));
    expect(again.components.map((e) => textOf(e, 'UID'))).toEqual(uids);
  });

  it('names people only when asked, in the chosen language', async () => {
    const file = await call(app, 'deadlines.exportIcs', { language: 'it', minimise: false, kinds: ['request-due', 'breach-72h'] });
    const events = parseIcs(Buffer.from(file.base64, 'base64').toString('utf8')).components;
    const summaries = events.map((e) => textOf(e, 'SUMMARY'));
    expect(summaries).toContain('Scadenza richiesta 2026-0004 — Dario Daniele');
    expect(summaries).toContain("Violazione B-2026-001: 72 ore per la notifica all'autorità — Laptop of Marco Rossi stolen");
    expect(file.fileName).toBe('dpo-desk-scadenze-2026-04-10.ics');
  });
});
