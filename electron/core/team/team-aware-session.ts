import type { Kysely } from 'kysely';
import { confidentialFieldsOf } from '../../../db/confidential/confidential-fields-plugin';
import type { Database } from '../../../db/schema';
import type { TeamChanges, TeamMemberView, TeamServerView, TeamStatus } from '../../shared/contract/team';
import type { VaultStatus } from '../../shared/contract/vault';
import type { TeamSection } from '../../shared/team';
import type { RestoreOutcome } from '../backup/restore-backup';
import type { WrittenBackup } from '../backup/write-backup';
import type { VaultVerification, VerifyProgress } from '../audit/verify-vault';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { readSettings } from '../settings/settings-service';
import { VaultSession, type VaultSessionOptions } from '../vault/vault-session';
import type { UnlockMethod } from '../vault/vault-keys';
import { chosenTeamServer, TeamConfigFile, type TeamServerChoice } from './team-config';
import type { TeamChangeFeed } from './team-change-feed';
import { unavailableSections } from './team-sections';
import { changeOwnTeamPassword } from './team-members';
import { serverOf, signInToTeam, type TeamSignIn } from './team-sign-in';

export interface TeamAwareSessionOptions extends VaultSessionOptions {
  /** The app's local choice of team server (a file outside the vault). */
  teamConfigPath: string;
  /** Where `DPO_DESK_DATABASE_URL` is read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Whether signing in listens for colleagues' changes (default true; the CLI, which runs one command and exits, says false). */
  liveChanges?: boolean;
}

function idleTimer(fn: () => void, ms: number): { clear(): void } {
  const handle = setTimeout(fn, ms);
  handle.unref();
  return { clear: () => clearTimeout(handle) };
}

/**
 * The app's session over whichever database it works on: the local vault (as `VaultSession`)
 * or, when a team server is chosen (Settings or `DPO_DESK_DATABASE_URL`), the team database
 * a member signed in to. In team mode "unlocked" means signed in, locking signs out (the pool
 * is closed), the actor of every audit event is the member's login (the server checks it is
 * the session's user), and what belongs to the local vault only (passphrases, backups,
 * restore) is refused with the reason. Services see one `db()` either way.
 */
export class TeamAwareSession extends VaultSession {
  private readonly config: TeamConfigFile;
  private chosen: (TeamServerChoice & { source: TeamServerView['source'] }) | null;
  private signedIn: (TeamSignIn & { unavailable: TeamSection[] }) | null = null;
  private feed: TeamChangeFeed | null = null;
  private teamLockedBy: VaultStatus['lockedBy'] = 'start';
  private teamAutoLock: number | null = null;
  private teamIdle: { clear(): void } | null = null;
  private readonly teamTimer: NonNullable<VaultSessionOptions['setTimer']>;
  private readonly liveChanges: boolean;
  private readonly clock: () => Date;

  constructor(options: TeamAwareSessionOptions) {
    super(options);
    this.liveChanges = options.liveChanges ?? true;
    this.clock = options.now ?? (() => new Date());
    this.teamTimer = options.setTimer ?? idleTimer;
    this.config = new TeamConfigFile(options.teamConfigPath);
    this.chosen = chosenTeamServer(options.env ?? process.env, this.config);
  }

  /** The team server the app points at, or null for the local vault. */
  teamServer(): (TeamServerChoice & { source: TeamServerView['source'] }) | null {
    return this.chosen;
  }

  override get actor(): string {
    return this.signedIn ? this.signedIn.member.login : super.actor;
  }

  /** The signed-in member and where, for error messages; null in local mode or signed out. */
  member(): { member: TeamMemberView; host: string; database: string } | null {
    return this.signedIn ? { member: this.signedIn.member, host: this.signedIn.server.host, database: this.signedIn.server.database } : null;
  }

  teamStatus(): TeamStatus {
    const chosen = this.teamServer();
    if (!chosen) return { mode: 'local', server: null, member: null, unavailable: [] };
    const server: TeamServerView = this.signedIn ? { ...this.signedIn.server, source: chosen.source } : { ...serverOf(chosen), source: chosen.source };
    return { mode: 'team', server, member: this.signedIn?.member ?? null, unavailable: this.signedIn?.unavailable ?? [] };
  }

  override status(): VaultStatus {
    const chosen = this.teamServer();
    if (!chosen) return super.status();
    const server = this.signedIn?.server ?? serverOf(chosen);
    return {
      state: this.signedIn ? 'unlocked' : 'locked',
      path: `${server.host}:${server.port}/${server.database}`,
      lockedBy: this.teamLockedBy,
      autoLockMinutes: this.teamAutoLock,
      failedAttempts: 0,
      retryAfterMs: 0,
    };
  }

  override db(): Kysely<Database> {
    if (this.signedIn) return this.signedIn.db;
    if (this.teamServer()) throw new AppError('VAULT_LOCKED', msg('msg.error.team.signIn.signedOut'));
    return super.db();
  }

  /** Colleagues' changes heard since `after` (see `TeamChangeFeed`); none in local mode or signed out. */
  teamChanges(after: number | null): TeamChanges {
    return this.feed?.changesAfter(after) ?? { cursor: 0, changes: [] };
  }

  /** Signs a member in to the chosen team server (the local vault is locked first). */
  async signIn(login: string, password: string): Promise<TeamStatus> {
    const chosen = this.teamServer();
    if (!chosen) throw new AppError('VALIDATION', msg('msg.error.team.signIn.needed'));
    await this.lock('user');
    const signIn = await signInToTeam(chosen, login, password);
    this.signedIn = { ...signIn, unavailable: await unavailableSections(signIn.db) };
    if (this.liveChanges) {
      this.feed = signIn.openChangeFeed();
      await this.feed.started();
    }
    this.setAutoLockMinutes((await readSettings(signIn.db))['security.autoLockMinutes']);
    return this.teamStatus();
  }

  /**
   * The signed-in member changes their own password (the current one must open their copy of
   * the team key), then is signed in again with the new one: the connections opened with the
   * old password are closed, since the server no longer accepts it for new ones.
   */
  async changeOwnPassword(current: string, next: string): Promise<TeamStatus> {
    const signedIn = this.signedIn;
    if (!signedIn) throw new AppError('VAULT_LOCKED', msg('msg.error.team.signIn.signedOut'));
    await changeOwnTeamPassword(signedIn.db, current, next, this.clock());
    const login = signedIn.member.login;
    await this.lock('user');
    return this.signIn(login, next);
  }

  /** Signs in to a server and straight out again: proves the address, TLS and login before switching. */
  async testServer(choice: TeamServerChoice, password: string): Promise<{ server: TeamServerView; member: TeamMemberView }> {
    const signIn = await signInToTeam(choice, choice.login, password);
    confidentialFieldsOf(signIn.db)?.lock();
    await signIn.db.destroy();
    return { server: { ...signIn.server, source: 'settings' }, member: signIn.member };
  }

  /** Saves the team server in the local config (never a password) and switches to it, signed out. */
  async connect(choice: TeamServerChoice): Promise<TeamStatus> {
    this.refuseWhenFromEnvironment();
    serverOf(choice);
    await this.lock('user');
    this.config.write(choice);
    this.chosen = { ...choice, source: 'settings' };
    this.teamLockedBy = 'start';
    return this.teamStatus();
  }

  /** Forgets the saved team server: the app works on its local vault again (locked). */
  async useLocalVault(): Promise<TeamStatus> {
    this.refuseWhenFromEnvironment();
    await this.lock('user');
    this.config.clear();
    this.chosen = null;
    return this.teamStatus();
  }

  override async lock(by: 'user' | 'idle' = 'user'): Promise<VaultStatus> {
    const signedIn = this.signedIn;
    if (!signedIn) return super.lock(by);
    this.teamIdle?.clear();
    this.teamIdle = null;
    this.signedIn = null;
    this.teamLockedBy = by;
    confidentialFieldsOf(signedIn.db)?.lock();
    const feed = this.feed;
    this.feed = null;
    await feed?.close();
    await signedIn.db.destroy();
    return this.status();
  }

  override touch(): void {
    if (!this.signedIn) return super.touch();
    if (this.teamAutoLock === null) return;
    this.teamIdle?.clear();
    this.teamIdle = this.teamTimer(() => void this.lock('idle'), this.teamAutoLock * 60_000);
  }

  override setAutoLockMinutes(minutes: number): void {
    if (!this.teamServer()) return super.setAutoLockMinutes(minutes);
    this.teamAutoLock = minutes;
    this.touch();
  }

  override unlock(method: UnlockMethod, secret: string): Promise<VaultStatus> {
    this.refuseInTeamMode();
    return super.unlock(method, secret);
  }

  override create(passphrase: string): Promise<{ recoveryKey: string }> {
    this.refuseInTeamMode();
    return super.create(passphrase);
  }

  override changePassphrase(current: string, next: string): Promise<void> {
    this.refuseInTeamMode();
    return super.changePassphrase(current, next);
  }

  override resetPassphrase(recoveryKey: string, next: string): Promise<void> {
    this.refuseInTeamMode();
    return super.resetPassphrase(recoveryKey, next);
  }

  override backup(toDir: string): Promise<WrittenBackup> {
    this.refuseInTeamMode();
    return super.backup(toDir);
  }

  override verify(givenHead?: string, onProgress?: VerifyProgress): Promise<VaultVerification> {
    this.refuseInTeamMode();
    return super.verify(givenHead, onProgress);
  }

  override restore(from: string, method: UnlockMethod, secret: string, replace: boolean): Promise<RestoreOutcome> {
    this.refuseInTeamMode();
    return super.restore(from, method, secret, replace);
  }

  override checkRecoveryKey(recoveryKey: string): Promise<{ vaultId: string; createdAt: string }> {
    this.refuseInTeamMode();
    return super.checkRecoveryKey(recoveryKey);
  }

  private refuseInTeamMode(): void {
    if (this.teamServer()) throw new AppError('NOT_ON_TEAM_SERVER', msg('msg.error.team.vaultOnly'));
  }

  private refuseWhenFromEnvironment(): void {
    if (this.teamServer()?.source === 'environment') throw new AppError('CONFLICT', msg('msg.error.team.fromEnvironment'));
  }
}
