import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { VaultStatus } from '../../shared/contract/vault';
import { appendAuditEvent } from '../audit/append-audit-event';
import { checkCheckpoint, makeCheckpoint } from '../audit/chain-checkpoint';
import { verifyVault, type VaultVerification, type VerifyProgress } from '../audit/verify-vault';
import { readBackupManifest } from '../backup/backup-manifest';
import { recordBackup } from '../backup/backup-record';
import { repairInterruptedRestore, restoreBackup, type RestoreOutcome } from '../backup/restore-backup';
import { writeBackup, type WrittenBackup } from '../backup/write-backup';
import { AppError } from '../errors';
import { readSettings } from '../settings/settings-service';
import { syncFolder } from './atomic-write';
import { openVaultDatabase, type OpenDatabase } from './open-database';
import { requireStrongPassphrase } from './passphrase-strength';
import { fileThrottleStore, UnlockThrottle } from './unlock-throttle';
import { vaultFiles, type VaultFiles } from './vault-files';
import { readVaultHeader, writeVaultHeader, type VaultHeader } from './vault-header';
import { vaultFolderError } from './vault-folder-error';
import { createVaultKeys, rewrapForPassphrase, unwrapDataKey, type UnlockMethod } from './vault-keys';
import { vaultPresence } from './vault-state';
import { msg } from '../i18n';

export interface VaultSessionOptions {
  dir: string;
  /** Who acts, for the audit trail (the OS user, prefixed by the surface: app or cli). */
  actor: string;
  now?: () => Date;
  /** Timers are injectable so tests can drive the idle lock. */
  setTimer?: (fn: () => void, ms: number) => { clear(): void };
}

const STAGING_PREFIX = '.vault.db.creating-';
const HEADER_STAGING_PREFIX = '.vault.json.creating-';
/** Temp files of atomic writes (header, delay record) that a crash left behind. */
const STALE_TEMP = /^\.(vault\.json|unlock-delay\.json)\.[0-9a-f]{12}\.tmp$/;

function defaultTimer(fn: () => void, ms: number) {
  const handle = setTimeout(fn, ms);
  handle.unref();
  return { clear: () => clearTimeout(handle) };
}

/** Writes a new vault's contents before it is moved into place (see `VaultSession.create`). */
export type VaultFill = (made: OpenDatabase, vault: { vaultId: string; actor: string; now: Date }) => Promise<void>;

/**
 * The vault as the app sees it: absent, locked or unlocked. It alone holds the data key
 * and the open database; locking closes the database and zeroes the key. Used by both
 * transports and by the CLI, so all three enforce the same rules.
 */
export class VaultSession {
  readonly files: VaultFiles;
  private open: OpenDatabase | null = null;
  private dataKey: Buffer | null = null;
  private vaultId: string | null = null;
  private lockedBy: VaultStatus['lockedBy'] = 'start';
  private autoLockMinutes: number | null = null;
  private idleTimer: { clear(): void } | null = null;
  private readonly throttle: UnlockThrottle;
  private readonly now: () => Date;
  private readonly setTimer: NonNullable<VaultSessionOptions['setTimer']>;

  constructor(private readonly options: VaultSessionOptions) {
    this.files = vaultFiles(options.dir);
    this.repairInterruptedWrites();
    this.now = options.now ?? (() => new Date());
    this.setTimer = options.setTimer ?? defaultTimer;
    this.throttle = new UnlockThrottle(() => this.now().getTime(), fileThrottleStore(join(options.dir, '.unlock-delay.json')));
  }

  get actor(): string {
    return this.options.actor;
  }

  status(): VaultStatus {
    const presence = vaultPresence(this.files);
    return {
      state: this.open ? 'unlocked' : presence === 'absent' ? 'absent' : 'locked',
      path: this.files.dir,
      lockedBy: this.lockedBy,
      autoLockMinutes: this.autoLockMinutes,
      failedAttempts: this.throttle.failedAttempts,
      retryAfterMs: this.throttle.retryAfterMs(),
    };
  }

  /** The open database, or VAULT_LOCKED. Services call this for every read and write. */
  db(): Kysely<Database> {
    if (!this.open) throw new AppError('VAULT_LOCKED', msg('msg.error.vault.locked'));
    return this.open.db;
  }

  /**
   * Creates a new vault in an empty folder and leaves it unlocked. Refuses when anything
   * of a vault is already there. `fill` (a team's export) writes the new database's rows and
   * its first events instead of the `vault.created` event, before the vault is moved into
   * place; when it fails, nothing of the vault is left. The database is built under a temporary name and moved
   * into place before the header is written, so a crash never leaves a header pointing
   * at a half-made database.
   */
  async create(passphrase: string, fill?: VaultFill): Promise<{ recoveryKey: string }> {
    const presence = vaultPresence(this.files);
    if (presence !== 'absent') {
      throw new AppError('VAULT_EXISTS', msg('msg.error.vault.exists', { dir: this.files.dir }));
    }
    requireStrongPassphrase(passphrase);
    try {
      mkdirSync(this.files.dir, { recursive: true, mode: 0o700 });
      accessSync(this.files.dir, constants.W_OK);
    } catch (error) {
      throw vaultFolderError(error, this.files.dir);
    }
    this.removeStaleStaging();
    const now = this.now();
    const { header, dataKey, recoveryKey } = await createVaultKeys(passphrase, now);
    const staging = join(this.files.dir, `${STAGING_PREFIX}${header.vaultId}`);
    const headerStaging = join(this.files.dir, `${HEADER_STAGING_PREFIX}${header.vaultId}`);
    const made = await openVaultDatabase(staging, dataKey, header.vaultId, { create: true, now });
    try {
      if (fill) await fill(made, { vaultId: header.vaultId, actor: this.actor, now });
      else await appendAuditEvent(made.db, { actor: this.actor, action: 'vault.created', entityType: 'vault', entityId: header.vaultId }, now);
    } catch (error) {
      await made.close();
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${staging}${suffix}`, { force: true });
      dataKey.fill(0);
      throw error;
    }
    await made.close();
    writeVaultHeader(headerStaging, header);
    renameSync(staging, this.files.database);
    renameSync(headerStaging, this.files.header);
    syncFolder(this.files.dir);
    await this.attach(dataKey, header.vaultId);
    return { recoveryKey };
  }

  /** Unlocks with the passphrase or the recovery key. A wrong secret writes nothing and grows the delay. */
  async unlock(method: UnlockMethod, secret: string): Promise<VaultStatus> {
    if (this.open) return this.status();
    this.requirePresent();
    const header = readVaultHeader(this.files.header);
    const dataKey = await this.checkSecret(header, method, secret);
    await this.attach(dataKey, header.vaultId);
    return this.status();
  }

  /** Closes the database and wipes the key from memory. */
  async lock(by: 'user' | 'idle' = 'user'): Promise<VaultStatus> {
    this.idleTimer?.clear();
    this.idleTimer = null;
    const open = this.open;
    const dataKey = this.dataKey;
    const vaultId = this.vaultId;
    this.open = null;
    this.dataKey = null;
    this.vaultId = null;
    if (open) {
      this.lockedBy = by;
      try {
        if (dataKey && vaultId) await this.writeCheckpoint(open.db, dataKey, vaultId);
      } finally {
        dataKey?.fill(0);
        await open.close();
      }
    }
    return this.status();
  }

  /** Rewraps the data key under a new passphrase; needs the current one, even when unlocked. */
  async changePassphrase(current: string, next: string): Promise<void> {
    this.requirePresent();
    requireStrongPassphrase(next);
    const header = readVaultHeader(this.files.header);
    const dataKey = await this.checkSecret(header, 'passphrase', current);
    try {
      writeVaultHeader(this.files.header, await rewrapForPassphrase(header, dataKey, next));
    } finally {
      dataKey.fill(0);
    }
    if (this.open) {
      await appendAuditEvent(this.open.db, { actor: this.actor, action: 'vault.passphrase-changed', entityType: 'vault', entityId: header.vaultId }, this.now());
    }
  }

  /**
   * Sets a new passphrase with the recovery key as proof, for a DPO who has forgotten the
   * old one. Rewraps the passphrase slot only; the recovery key stays valid.
   */
  async resetPassphrase(recoveryKey: string, next: string): Promise<void> {
    this.requirePresent();
    requireStrongPassphrase(next);
    const header = readVaultHeader(this.files.header);
    const dataKey = await this.checkSecret(header, 'recovery-key', recoveryKey);
    try {
      writeVaultHeader(this.files.header, await rewrapForPassphrase(header, dataKey, next));
    } finally {
      dataKey.fill(0);
    }
    if (this.open) {
      await appendAuditEvent(this.open.db, { actor: this.actor, action: 'vault.passphrase-reset', entityType: 'vault', entityId: header.vaultId }, this.now());
    }
  }

  /**
   * Writes a verified, encrypted backup of the open vault into `toDir` (see `writeBackup`)
   * and records it in the vault. Needs the vault unlocked: the copy is made on the
   * encrypted connection and checked with the data key.
   */
  async backup(toDir: string): Promise<WrittenBackup> {
    const db = this.db();
    if (!this.dataKey || !this.vaultId) throw new AppError('VAULT_LOCKED', msg('msg.error.vault.lockedBackup'));
    const now = this.now();
    const written = await writeBackup({ db, dataKey: this.dataKey, vaultId: this.vaultId, headerPath: this.files.header }, toDir, now);
    await recordBackup(db, this.actor, written, now);
    await this.writeCheckpoint(db, this.dataKey, this.vaultId);
    return written;
  }

  /**
   * `audit verify`: the chain, the checkpoint kept in the header, and optionally a head hash
   * quoted on an earlier report. A passing check moves the checkpoint up to the current head.
   * `onProgress` hears how far a long check has got.
   */
  async verify(givenHead?: string, onProgress?: VerifyProgress): Promise<VaultVerification> {
    const db = this.db();
    if (!this.dataKey || !this.vaultId) throw new AppError('VAULT_LOCKED', msg('msg.error.vault.lockedVerify'));
    const header = readVaultHeader(this.files.header);
    const sqlite = this.open?.sqlite;
    if (!sqlite) throw new AppError('VAULT_LOCKED', msg('msg.error.vault.lockedVerify'));
    const result = await verifyVault(db, sqlite, { dataKey: this.dataKey, vaultId: this.vaultId, checkpoint: header.chain }, givenHead, onProgress);
    if (result.ok) await this.writeCheckpoint(db, this.dataKey, this.vaultId);
    return result;
  }

  /**
   * Replaces this folder's vault with the backup in `from`, opened with the passphrase or
   * recovery key that was in force when the backup was taken. The secret check goes through
   * the same growing delay as unlocking. Refuses while the vault is unlocked, and refuses to
   * replace an existing vault unless `replace` is true (the old one is kept aside). The
   * restored vault records a `vault.restored` event, written into the verified copy before
   * the swap, so a restore that a crash interrupted and the next opening finished has it too.
   */
  async restore(from: string, method: UnlockMethod, secret: string, replace: boolean): Promise<RestoreOutcome> {
    if (this.open) throw new AppError('CONFLICT', msg('msg.error.vault.lockBeforeRestore'));
    const manifest = readBackupManifest(from);
    const header = readVaultHeader(join(from, 'vault.json'));
    if (header.vaultId !== manifest.vaultId) throw new AppError('VAULT_CORRUPT', msg('msg.error.backup.mixed', { path: from }));
    const dataKey = await this.checkSecret(header, method, secret);
    try {
      return await restoreBackup(from, manifest, this.files, dataKey, { replace, now: this.now(), actor: this.actor });
    } finally {
      dataKey.fill(0);
    }
  }

  /**
   * Proves that `recoveryKey` opens this vault (for printing the recovery sheet again),
   * through the same growing delay as every other secret check.
   */
  async checkRecoveryKey(recoveryKey: string): Promise<{ vaultId: string; createdAt: string }> {
    this.requirePresent();
    const header = readVaultHeader(this.files.header);
    const dataKey = await this.checkSecret(header, 'recovery-key', recoveryKey);
    dataKey.fill(0);
    return { vaultId: header.vaultId, createdAt: header.createdAt };
  }

  /** User activity: restarts the idle timer. */
  touch(): void {
    if (!this.open || this.autoLockMinutes === null) return;
    this.idleTimer?.clear();
    this.idleTimer = this.setTimer(() => void this.lock('idle'), this.autoLockMinutes * 60_000);
  }

  /** Applies a new auto-lock period at once (called when the setting changes). */
  setAutoLockMinutes(minutes: number): void {
    this.autoLockMinutes = minutes;
    this.touch();
  }

  private async attach(dataKey: Buffer, vaultId: string): Promise<void> {
    try {
      this.open = await openVaultDatabase(this.files.database, dataKey, vaultId, { create: false, now: this.now() });
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
    this.dataKey = dataKey;
    this.vaultId = vaultId;
    this.setAutoLockMinutes((await readSettings(this.open.db))['security.autoLockMinutes']);
  }

  /**
   * Pins the chain's length and head in the header, so a later truncation shows. A stored
   * checkpoint that no longer holds is left as it is: moving it would hide the evidence.
   */
  private async writeCheckpoint(db: Kysely<Database>, dataKey: Buffer, vaultId: string): Promise<void> {
    const checkpoint = await makeCheckpoint(db, dataKey, vaultId);
    if (!checkpoint) return;
    const header = readVaultHeader(this.files.header);
    if (header.chain?.length === checkpoint.length && header.chain.headHash === checkpoint.headHash) return;
    if (header.chain && (await checkCheckpoint(db, header.chain, dataKey, vaultId)) !== null) return;
    writeVaultHeader(this.files.header, { ...header, chain: checkpoint });
  }

  /** Every secret check: refused while the delay runs, a failure grows it, a success resets it. */
  private async checkSecret(header: VaultHeader, method: UnlockMethod, secret: string): Promise<Buffer> {
    const wait = this.throttle.retryAfterMs();
    if (wait > 0) {
      throw new AppError('THROTTLED', msg('msg.error.vault.throttled', { seconds: Math.ceil(wait / 1000) }));
    }
    let dataKey: Buffer;
    try {
      dataKey = await unwrapDataKey(header, method, secret);
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_SECRET') this.throttle.recordFailure();
      throw error;
    }
    this.throttle.recordSuccess();
    return dataKey;
  }

  private requirePresent(): void {
    const presence = vaultPresence(this.files);
    if (presence === 'absent') throw new AppError('VAULT_ABSENT', msg('msg.error.vault.absent', { dir: this.files.dir }));
    if (presence === 'header-only') throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.databaseMissing', { path: this.files.database }));
    if (presence === 'database-only') throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.headerMissingRestore', { path: this.files.header }));
  }

  private removeStaleStaging(): void {
    for (const name of readdirSync(this.files.dir)) {
      if (name.startsWith(STAGING_PREFIX) || name.startsWith(HEADER_STAGING_PREFIX)) rmSync(join(this.files.dir, name), { force: true });
    }
  }

  /**
   * Finishes what a crash interrupted. `create` moves the finished database into place and
   * then its finished header: killed between the two, the folder holds the database and the
   * header under its staging name, which is moved into place here (the database's own vault
   * id is still checked at unlock). A restore interrupted during its swap is finished (see
   * `repairInterruptedRestore`). Temp files of interrupted atomic writes are removed.
   */
  private repairInterruptedWrites(): void {
    if (!existsSync(this.files.dir)) return;
    repairInterruptedRestore(this.files);
    const names = readdirSync(this.files.dir);
    for (const name of names) {
      if (STALE_TEMP.test(name)) rmSync(join(this.files.dir, name), { force: true });
    }
    const headers = names.filter((name) => name.startsWith(HEADER_STAGING_PREFIX));
    if (vaultPresence(this.files) === 'database-only' && headers.length === 1) {
      renameSync(join(this.files.dir, headers[0] as string), this.files.header);
      syncFolder(this.files.dir);
    }
  }
}
