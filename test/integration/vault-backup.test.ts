import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupRun, RestoreResult } from '../../electron/shared/backup';
import type { Settings } from '../../electron/shared/settings';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/** Every file under `dir`, recursively. */
function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('backup and restore', () => {
  let tmp: ReturnType<typeof tempDir>;
  let clock: number;
  const now = () => new Date(clock);
  beforeEach(() => {
    tmp = tempDir();
    clock = Date.parse('2026-12-02T09:00:00Z');
  });
  afterEach(() => tmp.cleanup());

  it('backs up committed work still in the WAL into one dated, verified, encrypted folder', async () => {
    const app = appOver(tmp.dir, now);
    await app.session.create(PASSPHRASE);
    unwrap(await app.dispatch('settings.update', { changes: { 'organisation.name': 'Noventia Srl Backup Marker' } }));
    expect(statSync(`${app.session.files.database}-wal`).size).toBeGreaterThan(0);
    const backups = join(tmp.dir, 'usb');
    const run = unwrap(await app.dispatch('backup.run', { toDir: backups })) as BackupRun;
    expect(run.name).toBe('dpo-desk-backup-2026-12-02T090000Z');
    expect(readdirSync(backups)).toEqual([run.name]);
    expect(readdirSync(run.path).sort()).toEqual(['backup.json', 'vault.db', 'vault.json']);
    for (const file of allFiles(backups)) expect(readFileSync(file).includes('Noventia Srl Backup Marker')).toBe(false);
    expect(readFileSync(join(run.path, 'vault.db')).subarray(0, 15).toString()).not.toBe('SQLite format 3');
    expect(run.eventCount).toBe(2);
    const status = unwrap(await app.dispatch('backup.status', {}));
    expect(status).toMatchObject({ lastGoodAt: '2026-12-02T09:00:00.000Z', folder: null, due: false });
    const last = await app.session.db().selectFrom('audit_events').select(['action', 'data']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(last.action).toBe('vault.backup-created');
    expect(JSON.parse(last.data)).toMatchObject({ name: run.name, eventCount: 2, headHash: run.headHash });
    const inside = await app.dispatch('backup.run', { toDir: join(app.session.files.dir, 'copies') });
    expect(!inside.ok && inside.error.code).toBe('VALIDATION');
    await app.dispose();
  });

  it('restores only after verifying, only with confirmation, and keeps the replaced vault aside', async () => {
    const app = appOver(tmp.dir, now);
    const { recoveryKey } = await app.session.create(PASSPHRASE);
    unwrap(await app.dispatch('settings.update', { changes: { 'organisation.name': 'Before Backup' } }));
    const run = unwrap(await app.dispatch('backup.run', { toDir: join(tmp.dir, 'backups') })) as BackupRun;
    clock += 60_000;
    unwrap(await app.dispatch('settings.update', { changes: { 'organisation.name': 'After Backup' } }));

    const whileOpen = await app.dispatch('vault.restore', { from: run.path, method: 'passphrase', secret: PASSPHRASE, replace: true });
    expect(!whileOpen.ok && whileOpen.error.code).toBe('CONFLICT');
    await app.session.lock();
    const unconfirmed = await app.dispatch('vault.restore', { from: run.path, method: 'passphrase', secret: PASSPHRASE, replace: false });
    expect(!unconfirmed.ok && unconfirmed.error.code).toBe('CONFLICT');
    const wrong = await app.dispatch('vault.restore', { from: run.path, method: 'passphrase', secret: 'not the passphrase at all', replace: true });
    expect(!wrong.ok && wrong.error.code).toBe('WRONG_SECRET');
    const throttled = await app.dispatch('vault.restore', { from: run.path, method: 'passphrase', secret: PASSPHRASE, replace: true });
    expect(!throttled.ok && throttled.error.code).toBe('THROTTLED');
    clock += 1000;

    const restored = unwrap(await app.dispatch('vault.restore', { from: run.path, method: 'passphrase', secret: PASSPHRASE, replace: true })) as RestoreResult;
    expect(restored.eventCount).toBe(run.eventCount + 1);
    expect(restored.previousVault).toBe(join(app.session.files.dir, 'vault-before-restore-2026-12-02T090101Z'));
    unwrap(await app.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE }));
    expect((unwrap(await app.dispatch('settings.get', {})) as Settings)['organisation.name']).toBe('Before Backup');
    const head = await app.session.db().selectFrom('audit_events').select(['seq', 'hash', 'action', 'data']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(head).toMatchObject({ seq: restored.eventCount, hash: restored.headHash, action: 'vault.restored' });
    expect(JSON.parse(head.data)).toEqual({ backupTakenAt: '2026-12-02T09:00:00.000Z', backupHeadHash: run.headHash, previousVaultKept: true });
    await app.session.lock();

    const aside = new VaultSession({ dir: restored.previousVault as string, actor: 'test' });
    await aside.unlock('passphrase', PASSPHRASE);
    const kept = await aside.db().selectFrom('settings').select('value').where('key', '=', 'organisation.name').executeTakeFirstOrThrow();
    expect(kept.value).toBe('"After Backup"');
    await aside.lock();

    const elsewhere = new VaultSession({ dir: join(tmp.dir, 'new-laptop'), actor: 'test', now });
    const byRecovery = await elsewhere.restore(run.path, 'recovery-key', recoveryKey, false);
    expect(byRecovery.previousVault).toBeNull();
    await elsewhere.unlock('recovery-key', recoveryKey);
    await elsewhere.lock();
    await app.dispose();
  });

  it('refuses a damaged backup and leaves the current vault untouched', async () => {
    const app = appOver(tmp.dir, now);
    await app.session.create(PASSPHRASE);
    const run = unwrap(await app.dispatch('backup.run', { toDir: join(tmp.dir, 'backups') })) as BackupRun;
    await app.session.lock();
    const database = join(run.path, 'vault.db');
    const bytes = readFileSync(database);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] as number) ^ 0xff;
    writeFileSync(database, bytes);
    const before = readFileSync(app.session.files.database);
    const result = await app.dispatch('vault.restore', { from: run.path, method: 'passphrase', secret: PASSPHRASE, replace: true });
    expect(!result.ok && result.error).toMatchObject({ code: 'VAULT_CORRUPT', message: expect.stringContaining('checksum') });
    expect(readFileSync(app.session.files.database).equals(before)).toBe(true);
    expect(readdirSync(app.session.files.dir).filter((name) => name.startsWith('vault-before-restore') || name.startsWith('.restore'))).toEqual([]);
    await app.dispose();
  });

  it('backs up automatically into the chosen folder on schedule and rotates old backups', async () => {
    const app = appOver(tmp.dir, now);
    await app.session.create(PASSPHRASE);
    const folder = join(tmp.dir, 'nas');
    expect(await app.backups.tick()).toEqual({ ran: false, reason: 'not-due' });
    unwrap(await app.dispatch('settings.update', { changes: { 'backup.folder': folder } }));
    const bad = await app.dispatch('settings.update', { changes: { 'backup.folder': 'relative/folder' } });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    expect(unwrap(await app.dispatch('backup.status', {}))).toMatchObject({ due: true, lastGoodAt: null, schedule: 'daily' });
    for (let day = 0; day < 10; day++) {
      const outcome = await app.backups.tick();
      expect(outcome.ran).toBe(true);
      expect(await app.backups.tick()).toEqual({ ran: false, reason: 'not-due' });
      clock += 24 * 3_600_000;
    }
    const names = readdirSync(folder).sort();
    // Ten daily backups, 2 to 11 December: the last 7 days stay; their weeks and month are
    // already covered by them, so 2 to 4 December go.
    expect(names).toHaveLength(7);
    expect(names.at(-1)).toBe('dpo-desk-backup-2026-12-11T090000Z');
    expect(names[0]).toBe('dpo-desk-backup-2026-12-05T090000Z');
    await app.session.lock();
    expect(await app.backups.tick()).toEqual({ ran: false, reason: 'locked' });
    expect(existsSync(join(folder, names[0] as string, 'backup.json'))).toBe(true);
    await app.dispose();
  });
});
