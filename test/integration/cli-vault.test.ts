import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../electron/cli/commands';
import { cli } from '../support/cli';
import { tempDir } from './temp-vault';

describe('CLI over a real vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  let vault: string;
  beforeEach(() => {
    tmp = tempDir();
    vault = join(tmp.dir, 'vault');
  });
  afterEach(() => tmp.cleanup());

  it('creates a vault, prints the recovery key once, and refuses to create it again', async () => {
    const init = await cli(['vault', 'init', '--vault', vault, '--json']);
    expect(init.code).toBe(0);
    const { recoveryKey } = JSON.parse(init.stdout) as { recoveryKey: string };
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    const again = await cli(['vault', 'init', '--vault', vault]);
    expect(again).toMatchObject({ code: 1, stdout: '', stderr: `Error: A vault already exists in ${vault}; DPO Desk never creates a new one over it\n` });
  });

  it('sets and gets validated settings, audits them, and verifies the chain', async () => {
    await cli(['vault', 'init', '--vault', vault]);
    expect((await cli(['settings', 'set', 'organisation.name', 'Noventia Srl', '--vault', vault])).code).toBe(0);
    expect((await cli(['settings', 'set', 'commitments.responseDays', '30'], { env: { DPO_DESK_VAULT: vault } })).code).toBe(0);
    const get = await cli(['settings', 'get', 'organisation.name', '--vault', vault, '--json']);
    expect(JSON.parse(get.stdout)).toEqual({ key: 'organisation.name', value: 'Noventia Srl' });

    const badEmail = await cli(['settings', 'set', 'organisation.dpoEmail', 'not-an-email', '--vault', vault]);
    expect(badEmail).toMatchObject({ code: 1, stderr: 'Error: organisation.dpoEmail: Enter an e-mail address such as dpo@example.com\n' });
    const badCountry = await cli(['settings', 'set', 'organisation.country', 'XX', '--vault', vault]);
    expect(badCountry).toMatchObject({ code: 1, stderr: 'Error: Unknown country code XX\n' });
    const badKey = await cli(['settings', 'set', 'organisation.colour', 'blue', '--vault', vault]);
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toMatch(/^Usage error: Unknown setting organisation.colour. Valid settings: organisation.name, /);

    const verify = await cli(['audit', 'verify', '--vault', vault, '--json']);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, eventCount: 3, firstBreak: null });
    expect(verify.stderr).toMatch(/^Audit trail: 3 of 3 events checked\n(Case data: \d+ of \d+ field groups checked against the trail\n)+$/);
    expect(verify.stderr).toMatch(/Case data: (\d+) of \1 field groups checked against the trail\n$/);
  });

  it('changes the passphrase from the environment, never from arguments', async () => {
    await cli(['vault', 'init', '--vault', vault]);
    const next = 'meadow-quartz-violin-harbour';
    expect((await cli(['vault', 'change-passphrase', '--vault', vault], { env: { DPO_DESK_NEW_PASSPHRASE: next } })).code).toBe(0);
    expect((await cli(['vault', 'status', '--vault', vault])).code).toBe(0);
    expect((await cli(['audit', 'verify', '--vault', vault], { env: { DPO_DESK_PASSPHRASE: next } })).code).toBe(0);
    const old = await cli(['audit', 'verify', '--vault', vault]);
    expect(old).toMatchObject({ code: 1, stderr: 'Error: That passphrase does not open this vault.\n' });
    // The growing delay is kept beside the vault, so the next CLI run waits too.
    const again = await cli(['audit', 'verify', '--vault', vault], { env: { DPO_DESK_PASSPHRASE: next } });
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/^Error: Too many wrong attempts; try again in 1 s/) });
    const asArgument = await cli(['vault', 'init', '--vault', vault, '--passphrase', 'x']);
    expect(asArgument.code).toBe(2);
  });

  it('backs up and restores from the command line, opening with the recovery key too', async () => {
    const { recoveryKey } = JSON.parse((await cli(['vault', 'init', '--vault', vault, '--json'])).stdout) as { recoveryKey: string };
    await cli(['settings', 'set', 'organisation.name', 'Noventia Srl', '--vault', vault]);
    const backups = join(tmp.dir, 'backups');
    const backup = await cli(['vault', 'backup', '--to', backups, '--vault', vault, '--json'], { env: { DPO_DESK_PASSPHRASE: '', DPO_DESK_RECOVERY_KEY: recoveryKey } });
    expect(backup.code).toBe(0);
    const run = JSON.parse(backup.stdout) as { path: string; eventCount: number };
    expect(run).toMatchObject({ eventCount: 2 });
    const refused = await cli(['vault', 'restore', run.path, '--to', vault]);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('Confirm to replace it') });
    const restored = await cli(['vault', 'restore', run.path, '--to', vault, '--replace', '--json']);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ vault, eventCount: 3, previousVault: expect.stringContaining('vault-before-restore-') });
    const verify = await cli(['audit', 'verify', '--vault', vault, '--json']);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, eventCount: 3 });
    const actions = await cli(['audit', 'verify', '--vault', vault]);
    expect(actions.code).toBe(0);
  });

  it('gives usage errors exit code 2 and help on every command', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['vault', 'explode'])).code).toBe(2);
    expect((await cli(['settings', 'get'], { env: { DPO_DESK_VAULT: '' } })).stderr).toBe('Usage error: No vault given: pass --vault DIR or set DPO_DESK_VAULT\n');
    for (const command of commands) {
      const help = await cli([...command.path, '--help']);
      expect(help.code, command.path.join(' ')).toBe(0);
      expect(help.stdout).toContain(`Usage: npm run --silent cli -- ${command.usage}`);
    }
  });
});
