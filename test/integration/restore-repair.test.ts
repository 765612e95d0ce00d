import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackupManifest, type BackupManifest } from '../../electron/core/backup/backup-manifest';
import { stageRestore } from '../../electron/core/backup/restore-backup';
import { vaultFiles } from '../../electron/core/vault/vault-files';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * A restore killed in the middle of its swap (the verified copy staged with its
 * `vault.restored` event, its plan written, part of the old vault already moved aside) is
 * finished the next time the folder is opened: the vault opens as the backup, records the
 * restore exactly as a restore that ran to the end does, and the replaced vault sits whole
 * beside it. A staging folder without a plan (killed while copying or verifying) is simply
 * removed. The restore is staged by the real code (`stageRestore`) and the kill is placed
 * by hand at the exact steps of the swap a random kill rarely hits.
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

  const RESTORED_AT = new Date('2026-12-03T04:00:00Z');

  /** Stages a restore of `backup` over the vault as `vault.restore` does, up to its written plan: the moment before the swap. */
  async function stage(): Promise<{ staging: string; previous: string; manifest: BackupManifest }> {
    const manifest = readBackupManifest(backup);
    const dataKey = await unwrapDataKey(readVaultHeader(join(backup, 'vault.json')), 'passphrase', PASSPHRASE);
    try {
      const staged = await stageRestore(backup, manifest, vaultFiles(vault), dataKey, { replace: true, now: RESTORED_AT, actor: 'restorer' });
      expect(readdirSync(staged.staging).sort()).toEqual(['swap-plan.json', 'vault.db', 'vault.json']);
      return { staging: staged.staging, previous: staged.previousVault as string, manifest };
    } finally {
      dataKey.fill(0);
    }
  }

  /** A staging folder as a kill while copying leaves it: the backup's files, no plan. */
  function stageWithoutPlan(name: string): void {
    const staging = join(vault, `.restore-staging-${name}`);
    mkdirSync(staging);
    copyFileSync(join(backup, 'vault.db'), join(staging, 'vault.db'));
    copyFileSync(join(backup, 'vault.json'), join(staging, 'vault.json'));
  }

  interface Opened {
    references: string[];
    restores: { actor: string; at: string; entityId: string | null; data: unknown }[];
  }

  /** Opens the folder as a restarted app would (the repair runs), checks `audit verify`, and reads the requests and restore events. */
  async function open(dir: string): Promise<Opened> {
    const session = new VaultSession({ dir, actor: 'test' });
    await session.unlock('passphrase', PASSPHRASE);
    try {
      expect(await session.verify()).toMatchObject({ ok: true, dataBreaks: [] });
      const db = session.db();
      const references = (await db.selectFrom('requests').select('reference').execute()).map((r) => r.reference);
      const events = await db.selectFrom('audit_events').select(['actor', 'at', 'entity_id', 'data']).where('action', '=', 'vault.restored').orderBy('seq').execute();
      return { references, restores: events.map((e) => ({ actor: e.actor, at: e.at, entityId: e.entity_id, data: JSON.parse(e.data) as unknown })) };
    } finally {
      await session.lock();
    }
  }

  function restoredEvent(manifest: BackupManifest) {
    return { actor: 'restorer', at: RESTORED_AT.toISOString(), entityId: manifest.vaultId, data: { backupTakenAt: manifest.takenAt, backupHeadHash: manifest.headHash, previousVaultKept: true } };
  }

  it('finishes a swap killed before it moved anything, and the vault records vault.restored as a finished restore does', async () => {
    const { staging, previous, manifest } = await stage();
    expect(existsSync(staging)).toBe(true);
    const repaired = await open(vault);
    expect(repaired.references).not.toContain(later);
    expect(repaired.restores).toEqual([restoredEvent(manifest)]);
    expect(readdirSync(vault).filter((name) => name.startsWith('.restore-staging-'))).toEqual([]);
    const kept = await open(previous);
    expect(kept.references).toContain(later);
    expect(kept.restores).toEqual([]);
  }, SLOW);

  it('finishes the swap when the old database was already moved aside but nothing else', async () => {
    const { previous, manifest } = await stage();
    renameSync(join(vault, 'vault.db'), join(previous, 'vault.db'));
    const repaired = await open(vault);
    expect(repaired.references).not.toContain(later);
    expect(repaired.restores).toEqual([restoredEvent(manifest)]);
    expect(readdirSync(vault).filter((name) => name.startsWith('.restore-staging-'))).toEqual([]);
    expect(readdirSync(previous).sort()).toEqual(expect.arrayContaining(['vault.db', 'vault.json']));
    expect((await open(previous)).references).toContain(later);
  }, SLOW);

  it('finishes the swap when the new database is in place but the header is still the old one', async () => {
    const { staging, previous, manifest } = await stage();
    renameSync(join(vault, 'vault.db'), join(previous, 'vault.db'));
    renameSync(join(staging, 'vault.db'), join(vault, 'vault.db'));
    const repaired = await open(vault);
    expect(repaired.references).not.toContain(later);
    expect(repaired.restores).toEqual([restoredEvent(manifest)]);
    expect(existsSync(join(previous, 'vault.json'))).toBe(true);
    expect((await open(previous)).references).toContain(later);
  }, SLOW);

  it('records the same vault.restored event when the restore runs to the end', async () => {
    const manifest = readBackupManifest(backup);
    const session = new VaultSession({ dir: vault, actor: 'restorer', now: () => RESTORED_AT });
    const outcome = await session.restore(backup, 'passphrase', PASSPHRASE, true);
    expect(outcome.eventCount).toBe(manifest.eventCount + 1);
    const restored = await open(vault);
    expect(restored.restores).toEqual([restoredEvent(manifest)]);
    expect(restored.references).not.toContain(later);
  }, SLOW);

  it('removes a staging folder without a plan and leaves the vault as it was', async () => {
    stageWithoutPlan('0a0b0c');
    const opened = await open(vault);
    expect(opened.references).toContain(later);
    expect(opened.restores).toEqual([]);
    expect(readdirSync(vault).filter((name) => name.startsWith('.restore-staging-') || name.startsWith('vault-before-restore-'))).toEqual([]);
  }, SLOW);
});
