import { describe, expect, it } from 'vitest';
import type { InAppNotification } from '../shared/dashboard';
import { groupText, lockedText, reminderText } from './reminders-text';

const base: InAppNotification = {
  id: 1,
  reminderId: 'request-due-legal:r1@2026-04-30#2d',
  kind: 'request-due',
  lead: '2d',
  caseType: 'request',
  caseId: 'r1',
  reference: '2026-0042',
  label: 'Giulia Bianchi',
  deadline: '2026-04-30',
  firedAt: '2026-04-28T07:00:00.000Z',
  read: false,
  summary: null,
};

describe('reminder texts', () => {
  it('count days from the organisation’s today at show time, in English and Italian', () => {
    const now = Date.parse('2026-04-28T07:00:00Z');
    expect(reminderText(base, 'en', '2026-04-28', now, true)).toEqual({ title: 'Request 2026-0042: due in 2 days', body: 'Giulia Bianchi' });
    expect(reminderText(base, 'it', '2026-04-30', now, true).title).toBe('Richiesta 2026-0042: scade oggi');
    expect(reminderText({ ...base, kind: 'request-ack', lead: 'overdue' }, 'en', '2026-05-01', now, true).title).toBe('Acknowledge request 2026-0042: overdue by 1 day');
  });

  it('name the person only when the DPO opted in: otherwise the reference alone', () => {
    const now = Date.parse('2026-04-28T07:00:00Z');
    expect(reminderText(base, 'en', '2026-04-28', now, false)).toEqual({ title: 'Request 2026-0042: due in 2 days', body: 'Open DPO Desk to see the case.' });
    expect(reminderText(base, 'it', '2026-04-28', now, false)).toEqual({ title: 'Richiesta 2026-0042: scade tra 2 giorni', body: 'Apri DPO Desk per vedere il caso.' });
  });

  it('count real hours for a breach', () => {
    const breach = { ...base, kind: 'breach-72h' as const, lead: '6h' as const, reference: 'B-2026-001', deadline: '2026-03-30T10:00:00+01:00', label: 'Laptop stolen' };
    expect(reminderText(breach, 'en', '2026-03-30', Date.parse('2026-03-30T03:00:00Z'), true).title).toBe('Breach B-2026-001: 6 h left to notify the authority');
    expect(reminderText(breach, 'it', '2026-03-30', Date.parse('2026-03-30T11:00:00Z'), true).title).toBe('Violazione B-2026-001: 72 ore trascorse da 2 h');
  });

  it('summarise the day, and say only a number while locked', () => {
    const summary = { ...base, kind: 'summary' as const, lead: 'summary' as const, reference: null, label: null, summary: { breachesRunning: 1, overdue: 3, pastCommitment: 0, dueToday: 2, dueThisWeek: 0, acknowledgements: 0, extensionNotices: 4, reviews: 1 } };
    expect(reminderText(summary, 'en', '2026-04-10', 0, false)).toEqual({ title: 'Your day in DPO Desk', body: '1 breach clock running · 3 overdue · 2 due today · 1 retention review' });
    expect(lockedText(1, 'en')).toEqual({ title: '1 item needs attention', body: 'Unlock DPO Desk to see them.' });
    expect(lockedText(5, 'it').title).toBe('5 elementi richiedono attenzione');
    expect(groupText([base, base, { ...base, reference: '2026-0043' }], 'en')).toEqual({ title: '3 deadlines need attention', body: '2026-0042, 2026-0043' });
  });
});
