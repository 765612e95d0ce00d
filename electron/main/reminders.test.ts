import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../shared/result';
import { startDesktopReminders } from './reminders';

/** One unlocked run of the reminders whose `reminders.run` answers with `code`; what it logged. */
async function logsFor(code: ErrorCode): Promise<string[]> {
  const logged: string[] = [];
  const reminders = startDesktopReminders({
    dispatch: async () => ({ ok: false, error: { code, message: `refused: ${code}` } }),
    vaultState: () => 'unlocked',
    show: () => undefined,
    language: 'en',
    setInterval: () => ({ clear: () => undefined }),
    log: (message) => logged.push(message),
  });
  await reminders.tick();
  reminders.stop();
  return logged;
}

describe('desktop reminders that cannot run', () => {
  it('stay quiet when there is nothing to remind of yet: no time zone, locked, or a team server without the reminder tables', async () => {
    expect(await logsFor('VALIDATION')).toEqual([]);
    expect(await logsFor('VAULT_LOCKED')).toEqual([]);
    expect(await logsFor('NOT_ON_TEAM_SERVER')).toEqual([]);
  });

  it('log any other failure', async () => {
    expect(await logsFor('INTERNAL')).toEqual(['DPO Desk reminders: refused: INTERNAL']);
  });
});
