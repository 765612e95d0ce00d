import { describe, expect, it, vi } from 'vitest';
import type { CaseTarget } from '../shared/api';
import type { NotificationLike } from './reminders-notification';

vi.mock('electron', () => ({ Notification: { isSupported: () => false } }));

const { createNotifier } = await import('./reminders-notification');

class FakeNotification implements NotificationLike {
  readonly listeners = new Map<string, () => void>();
  shown = false;
  on(event: string, listener: () => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  show(): void {
    this.shown = true;
  }
  emit(event: string): void {
    this.listeners.get(event)?.();
  }
}

describe('desktop notifications of reminders', () => {
  it('keeps each notification referenced until clicked or closed, and a click opens its case', () => {
    const made: FakeNotification[] = [];
    const opened: CaseTarget[] = [];
    let focused = 0;
    const notifier = createNotifier(
      { focus: () => focused++, openCase: (target) => opened.push(target) },
      () => {
        const n = new FakeNotification();
        made.push(n);
        return n;
      },
    );
    notifier.show({ title: 'Request R-1', body: 'due today' }, { caseType: 'request', caseId: 'req-1' });
    notifier.show({ title: '4 reminders', body: '…' }, null);
    expect(made.map((n) => n.shown)).toEqual([true, true]);
    expect(notifier.live()).toBe(2);

    made[0]?.emit('click');
    expect(focused).toBe(1);
    expect(opened).toEqual([{ caseType: 'request', caseId: 'req-1' }]);
    expect(notifier.live()).toBe(1);

    made[1]?.emit('click');
    expect(focused).toBe(2);
    expect(opened).toHaveLength(1);
    expect(notifier.live()).toBe(0);
  });

  it('lets go of a notification the user dismissed, and shows nothing where the system has none', () => {
    const made: FakeNotification[] = [];
    const notifier = createNotifier({ focus: () => undefined, openCase: () => undefined }, () => {
      const n = new FakeNotification();
      made.push(n);
      return n;
    });
    notifier.show({ title: 'Breach B-1', body: '10 h left' }, { caseType: 'breach', caseId: 'b-1' });
    made[0]?.emit('close');
    expect(notifier.live()).toBe(0);

    const none = createNotifier({ focus: () => undefined, openCase: () => undefined }, () => null);
    none.show({ title: 'x', body: 'y' }, null);
    expect(none.live()).toBe(0);
  });
});
