import { accessSync, constants, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { VaultStatus } from '../../shared/contract';
import { appendAuditEvent } from '../audit/append-audit-event';
import { AppError } from '../errors';
import { readSettings } from '../settings/settings-service';
import { syncFolder } from './atomic-write';
import { openVaultDatabase, type OpenDatabase } from './open-database';
import { requireStrongPassphrase } from './passphrase-strength';
import { UnlockThrottle } from './unlock-throttle';
import { vaultFiles, type VaultFiles } from './vault-files';
import { readVaultHeader, writeVaultHeader } from './vault-header';
import { vaultFolderError } from './vault-folder-error';
import { createVaultKeys, rewrapForPassphrase, unwrapDataKey, type UnlockMethod } from './vault-keys';
import { vaultPresence } from './vault-state';

export interface VaultSessionOptions {
  dir: string;
  /** Who acts, for the audit trail (the OS user, prefixed by the surface: app or cli). */
  actor: string;
  now?: () => Date;
  /** Timers are injectable so tests can drive the idle lock. */
  setTimer?: (fn: () => void, ms: number) => { clear(): void };
}

const STAGING_PREFIX = '.vault.db.creating-';

function defaultTimer(fn: () => void, ms: number) {
  const handle = setTimeout(fn, ms);
  handle.unref();
  return { clear: () => clearTimeout(handle) };
}

/**
 * The vault as the app sees it: absent, locked or unlocked. It alone holds the data key
 * and the open database; locking closes the database and zeroes the key. Used by both
 * transports and by the CLI, so all three enforce the same rules.
 */
export class VaultSession {
  readonly files: VaultFiles;
  private open: OpenDatabase | null = null;
  private dataKey: Buffer | null = null;
  private lockedBy: VaultStatus['lockedBy'] = 'start';
  private autoLockMinutes: number | null = null;
  private idleTimer: { clear(): void } | null = null;
  private readonly throttle: UnlockThrottle;
  private readonly now: () => Date;
  private readonly setTimer: NonNullable<VaultSessionOptions['setTimer']>;

  constructor(private readonly options: VaultSessionOptions) {
    this.files = vaultFiles(options.dir);
    this.now = options.now ?? (() => new Date());
    this.setTimer = options.setTimer ?? defaultTimer;
    this.throttle = new UnlockThrottle(() => this.now().getTime());
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
    if (!this.open) throw new AppError('VAULT_LOCKED', 'The vault is locked; unlock it to continue');
    return this.open.db;
  }

  /**
   * Creates a new vault in an empty folder and leaves it unlocked. Refuses when anything
   * of a vault is already there. The database is built under a temporary name and moved
   * into place before the header is written, so a crash never leaves a header pointing
   * at a half-made database.
   */
  async create(passphrase: string): Promise<{ recoveryKey: string }> {
    const presence = vaultPresence(this.files);
    if (presence !== 'absent') {
      throw new AppError('VAULT_EXISTS', `A vault already exists in ${this.files.dir}; DPO Desk never creates a new one over it`);
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
    const made = await openVaultDatabase(staging, dataKey, header.vaultId, { create: true });
    await appendAuditEvent(made.db, { actor: this.actor, action: 'vault.created', entityType: 'vault', entityId: header.vaultId }, now);
    await made.close();
    renameSync(staging, this.files.database);
    syncFolder(this.files.dir);
    writeVaultHeader(this.files.header, header);
    await this.attach(dataKey, header.vaultId);
    return { recoveryKey };
  }

  /** Unlocks with the passphrase or the recovery key. A wrong secret writes nothing and grows the delay. */
  async unlock(method: UnlockMethod, secret: string): Promise<VaultStatus> {
    if (this.open) return this.status();
    this.requirePresent();
    const wait = this.throttle.retryAfterMs();
    if (wait > 0) {
      throw new AppError('THROTTLED', `Too many wrong attempts; try again in ${Math.ceil(wait / 1000)} s`);
    }
    const header = readVaultHeader(this.files.header);
    let dataKey: Buffer;
    try {
      dataKey = await unwrapDataKey(header, method, secret);
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_SECRET') this.throttle.recordFailure();
      throw error;
    }
    this.throttle.recordSuccess();
    await this.attach(dataKey, header.vaultId);
    return this.status();
  }

  /** Closes the database and wipes the key from memory. */
  async lock(by: 'user' | 'idle' = 'user'): Promise<VaultStatus> {
    this.idleTimer?.clear();
    this.idleTimer = null;
    const open = this.open;
    this.open = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
    if (open) {
      this.lockedBy = by;
      await open.close();
    }
    return this.status();
  }

  /** Rewraps the data key under a new passphrase; needs the current one, even when unlocked. */
  async changePassphrase(current: string, next: string): Promise<void> {
    this.requirePresent();
    requireStrongPassphrase(next);
    const header = readVaultHeader(this.files.header);
    const dataKey = await unwrapDataKey(header, 'passphrase', current);
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
    const dataKey = await unwrapDataKey(header, 'recovery-key', recoveryKey);
    try {
      writeVaultHeader(this.files.header, await rewrapForPassphrase(header, dataKey, next));
    } finally {
      dataKey.fill(0);
    }
    this.throttle.recordSuccess();
    if (this.open) {
      await appendAuditEvent(this.open.db, { actor: this.actor, action: 'vault.passphrase-reset', entityType: 'vault', entityId: header.vaultId }, this.now());
    }
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
      this.open = await openVaultDatabase(this.files.database, dataKey, vaultId, { create: false });
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
    this.dataKey = dataKey;
    this.setAutoLockMinutes((await readSettings(this.open.db))['security.autoLockMinutes']);
  }

  private requirePresent(): void {
    const presence = vaultPresence(this.files);
    if (presence === 'absent') throw new AppError('VAULT_ABSENT', `There is no vault in ${this.files.dir} yet`);
    if (presence === 'header-only') throw new AppError('VAULT_CORRUPT', `The vault database ${this.files.database} is missing; restore it from a backup`);
    if (presence === 'database-only') throw new AppError('VAULT_CORRUPT', `The vault header ${this.files.header} is missing; restore it from a backup (without it the database cannot be decrypted)`);
  }

  private removeStaleStaging(): void {
    for (const name of readdirSync(this.files.dir)) {
      if (name.startsWith(STAGING_PREFIX)) rmSync(join(this.files.dir, name), { force: true });
    }
  }
}
