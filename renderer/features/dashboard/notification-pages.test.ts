import { describe, expect, it } from 'vitest';
import type { InAppNotification, NotificationPage } from '../../../electron/shared/notifications';
import { appendPage, markShownRead } from './notification-pages';

const note = (id: number, read = false): InAppNotification => ({
  id,
  reminderId: `r-${id}`,
  kind: 'request-due',
  lead: '7d',
  caseType: 'request',
  caseId: `case-${id}`,
  reference: `REQ-${id}`,
  label: null,
  deadline: '2026-12-10',
  firedAt: `2026-12-01T08:00:${String(id % 60).padStart(2, '0')}Z`,
  read,
  summary: null,
});
const page = (ids: number[], total: number, unread: number): NotificationPage => ({ rows: ids.map((id) => note(id)), total, unread });

describe('the notification panel’s pages', () => {
  it('grows page by page up to every notification, with the true total', () => {
    const first = appendPage(null, page([120, 119, 118], 120, 120));
    const second = appendPage(first, page([117, 116], 120, 120));
    expect(second.rows.map((n) => n.id)).toEqual([120, 119, 118, 117, 116]);
    expect(second.total).toBe(120);
  });

  it('shows a notification once when a new one shifted the next page', () => {
    const first = appendPage(null, page([10, 9], 10, 10));
    const next = appendPage(first, page([9, 8], 11, 11));
    expect(next.rows.map((n) => n.id)).toEqual([10, 9, 8]);
    expect(next).toMatchObject({ total: 11, unread: 11 });
  });

  it('marks the named ones read, or all of them, and takes the vault’s unread count', () => {
    const shown = page([3, 2, 1], 3, 3);
    const one = markShownRead(shown, { ids: [2] }, 2);
    expect(one.rows.map((n) => n.read)).toEqual([false, true, false]);
    expect(one.unread).toBe(2);
    const all = markShownRead(one, { all: true }, 0);
    expect(all.rows.every((n) => n.read)).toBe(true);
    expect(all.unread).toBe(0);
  });
});
