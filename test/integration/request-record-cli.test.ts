import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { tempDir } from './temp-vault';

describe('CLI: acknowledge, edit, void, reopen a request (same services, real vault)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let vault: string;
  // Every command unlocks the vault (a deliberately slow key derivation): a long walk needs room.
  beforeEach(async () => {
    tmp = tempDir();
    vault = join(tmp.dir, 'vault');
    await cli(['vault', 'init', '--vault', vault]);
    await cli(['settings', 'set', 'organisation.country', 'IT', '--vault', vault]);
    await cli(['settings', 'set', 'organisation.timeZone', 'Europe/Rome', '--vault', vault]);
  }, 60_000);
  afterEach(() => tmp.cleanup());

  const show = async (ref: string) => JSON.parse((await cli(['request', 'show', ref, '--vault', vault, '--json'])).stdout) as Record<string, unknown>;

  it('runs a request through the record steps and shows them in --json', async () => {
    const add = await cli(['request', 'add', '--regime', 'gdpr', '--type', 'access', '--name', 'Giulia Bianchi', '--email', 'g@example.it', '--vault', vault, '--json']);
    expect(add.code).toBe(0);
    const { reference } = JSON.parse(add.stdout) as { reference: string };
    expect(await show(reference)).toMatchObject({ acknowledgedAt: null, void: null, lateness: null });

    const ack = await cli(['request', 'acknowledge', reference, '--channel', 'email', '--vault', vault]);
    expect(ack.code).toBe(0);
    expect(ack.stdout).toContain('Acknowledged: ');
    expect((await show(reference)).acknowledgedAt).toEqual(expect.any(String));

    const noReason = await cli(['request', 'edit', reference, '--email', 'giulia@example.it', '--vault', vault]);
    expect(noReason.code).toBe(2);
    const edit = await cli(['request', 'edit', reference, '--email', 'giulia@example.it', '--system', 'CRM', '--reason', 'Typo in the address', '--vault', vault]);
    expect(edit.code).toBe(0);
    expect(edit.stdout).toContain('E-mail: g@example.it → giulia@example.it');
    expect(await show(reference)).toMatchObject({ reference, subjectEmail: 'giulia@example.it', systems: ['CRM'] });

    await cli(['request', 'transition', reference, '--to', 'in-progress', '--method', 'email-confirmation', '--vault', vault]);
    await cli(['request', 'transition', reference, '--to', 'responded', '--outcome', 'fulfilled', '--reason', 'Copy sent', '--vault', vault]);
    expect(await show(reference)).toMatchObject({ status: 'responded', lateness: { legalDays: 0, commitmentDays: null } });

    const reopen = await cli(['request', 'reopen', reference, '--reason', 'Billing data missing', '--vault', vault, '--json']);
    expect(reopen.code).toBe(0);
    expect(JSON.parse(reopen.stdout)).toMatchObject({ status: 'in-progress', lateness: null });

    const voided = await cli(['request', 'void', reference, '--reason', 'Registered twice', '--vault', vault]);
    expect(voided.code).toBe(0);
    expect(voided.stdout).toMatch(/^VOID \(registered in error\) since .*: Registered twice/);
    expect(await show(reference)).toMatchObject({ status: 'void', void: { reason: 'Registered twice' }, lateness: null });
    const list = await cli(['request', 'list', '--status', 'received', '--vault', vault, '--json']);
    expect(JSON.parse(list.stdout)).toMatchObject({ total: 0 });
    const verify = await cli(['audit', 'verify', '--vault', vault, '--json']);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
  }, 180_000);

  it('asks to confirm a receipt more than 90 days back', async () => {
    const old = new Date(Date.now() - 120 * 86_400_000).toISOString();
    const refused = await cli(['request', 'add', '--regime', 'gdpr', '--type', 'access', '--name', 'Marco Rossi', '--received', old, '--vault', vault]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('more than 90 days ago');
    const confirmed = await cli(['request', 'add', '--regime', 'gdpr', '--type', 'access', '--name', 'Marco Rossi', '--received', old, '--confirm-old', '--vault', vault]);
    expect(confirmed.code).toBe(0);
  }, 60_000);
});
