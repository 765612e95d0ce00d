import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import type { Dispatch } from './dispatch';
import { watchFirstRead } from './first-read';

describe('watching for Today’s first read', () => {
  it('is read once dashboard.get answers, and unread again after each unlock or lock', async () => {
    const calls: string[] = [];
    const answers: Record<string, Result<unknown>> = { 'dashboard.get': { ok: true, value: {} } };
    const inner: Dispatch = async (channel) => {
      calls.push(channel);
      return answers[channel] ?? { ok: true, value: null };
    };
    const watched = watchFirstRead(inner);
    expect(watched.todayRead()).toBe(false);
    await watched.dispatch('vault.unlock', {});
    await watched.dispatch('settings.get', {});
    expect(watched.todayRead()).toBe(false);
    expect(await watched.dispatch('dashboard.get', {})).toEqual({ ok: true, value: {} });
    expect(watched.todayRead()).toBe(true);
    await watched.dispatch('vault.lock', {});
    expect(watched.todayRead()).toBe(false);
    answers['dashboard.get'] = { ok: false, error: { code: 'VAULT_LOCKED', message: 'locked' } };
    await watched.dispatch('dashboard.get', {});
    expect(watched.todayRead()).toBe(false);
    expect(calls).toEqual(['vault.unlock', 'settings.get', 'dashboard.get', 'vault.lock', 'dashboard.get']);
  });
});
