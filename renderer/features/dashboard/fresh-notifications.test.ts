import { describe, expect, it } from 'vitest';
import type { InAppNotification } from '../../../electron/shared/notifications';
import { freshNotifications } from './fresh-notifications';

const row = (id: number): InAppNotification => ({
  id,
  reminderId: `r${id}`,
  kind: 'request-due',
  lead: '0d',
  caseType: 'request',
  caseId: 'c',
  reference: `2026-000${id}`,
  label: null,
  deadline: '2026-04-10',
  firedAt: '2026-04-10T07:00:00Z',
  read: false,
  summary: null,
});

describe('which reminders the browser announces', () => {
  it('announces nothing already listed when the page opens, then only what came since', () => {
    const first = freshNotifications([row(2), row(1)], null);
    expect(first).toEqual({ fresh: [], seen: 2 });
    const next = freshNotifications([row(4), row(3), row(2), row(1)], first.seen);
    expect(next.fresh.map((n) => n.id)).toEqual([4, 3]);
    expect(next.seen).toBe(4);
    expect(freshNotifications([row(2)], next.seen)).toEqual({ fresh: [], seen: 4 });
  });

  it('announces the first reminder when the list was empty as the page opened', () => {
    const first = freshNotifications([], null);
    expect(first).toEqual({ fresh: [], seen: 0 });
    const next = freshNotifications([row(1)], first.seen);
    expect(next.fresh.map((n) => n.id)).toEqual([1]);
    expect(next.seen).toBe(1);
  });
});
