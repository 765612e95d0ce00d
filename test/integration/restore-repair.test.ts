import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * A restore killed in the middle of its swap (the verified copy staged, its plan written,
 * part of the old vault already moved aside) is finished the next time the folder is
 * opened: the vault opens as the backup, and the replaced vault sits whole beside it. A
 * staging folder without a plan (killed while copying or verifying) is simply removed.
 * The states are built by hand at the exact steps a random kill rarely hits.
 */
/** Each test pays several scrypt derivations (create, then an unlock per vault it reads): slow on a loaded machine. */
const SLOW = 120_000;

describe('a restore interrupted by a crash', () => {
  let tmp: ReturnType<typeof tempDir>;
  let vault: string;
  let backup: string;
  let later = '';
  beforeEach(async () => {
    tmp = tempDir();
    const app = appOver(tmp.dir);
    await app.session.create(PASSPHRASE);
    await app.dispatch('settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });
    backup = (await app.session.backup(join(tmp.dir, 'usb'))).path;
    const created = await app.dispatch('requests.create', { request: { regime: 'gdpr', types: ['access'], receivedAt: '2026-11-30T09:00:00Z', channel: 'email', subjectName: 'After Backup' } });
    if (!created.ok) throw new Error(created.error.message);
    later = (created.value as { reference: string }).reference;
    await app.dispose();
    vault = app.session.files.dir;
  }, SLOW);
  afterEach(() => tmp.cleanup());

  function stage(name: string, plan: boolean): { staging: string; previous: string } {
    const staging = join(vault, `.restore-staging-${name}`);
    const previous = join(vault, 'vault-before-restore-2026-12-03T040000Z');
    mkdirSync(staging);
    copyFileSync(join(backup, 'vault.db'), join(staging, 'vault.db'));
    copyFileSync(join(backup, 'vault.json'), join(staging, 'vault.json'));
    if (plan) {
      mkdirSync(previous);
      writeFileSync(join(staging, 'swap-plan.json'), JSON.stringify({ previousVault: previous }));
    }
    return { staging, previous };
  }

  async function references(dir: string): Promise<string[]> {
    const session = new VaultSession({ dir, actor: 'test' });
    await session.unlock('passphrase', PASSPHRASE);
    try {
      expect(await session.verify()).toMatchObject({ ok: true, dataBreaks: [] });
      return (await session.db().selectFrom('requests').select('reference').execute()).map((r) => r.reference);
    } finally {
      await session.lock();
    }
  }

  it('finishes the swap when the old database was already moved aside but nothing else', async () => {
    const { previous } = stage('a1b2c3', true);
    renameSync(join(vault, 'vault.db'), join(previous, 'vault.db'));
    expect(await references(vault)).not.toContain(later);
    expect(readdirSync(vault).filter((name) => name.startsWith('.restore-staging-'))).toEqual([]);
    expect(readdirSync(previous).sort()).toEqual(expect.arrayContaining(['vault.db', 'vault.json']));
    expect(await references(previous)).toContain(later);
  }, SLOW);

  it('finishes the swap when the new database is in place but the header is still the old one', async () => {
    const { staging, previous } = stage('d4e5f6', true);
    renameSync(join(vault, 'vault.db'), join(previous, 'vault.db'));
    renameSync(join(staging, 'vault.db'), join(vault, 'vault.db'));
    expect(await references(vault)).not.toContain(later);
    expect(existsSync(join(previous, 'vault.json'))).toBe(true);
    expect(await references(previous)).toContain(later);
  }, SLOW);

  it('removes a staging folder without a plan and leaves the vault as it was', async () => {
    stage('0a0b0c', false);
    expect(await references(vault)).toContain(later);
    expect(readdirSync(vault).filter((name) => name.startsWith('.restore-staging-') || name.startsWith('vault-before-restore-'))).toEqual([]);
  }, SLOW);
});
