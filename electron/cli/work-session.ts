import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultActor } from '../core/actor';
import { TeamAwareSession } from '../core/team/team-aware-session';
import { DATABASE_URL_ENV } from '../core/team/team-config';
import { teamWorkError } from '../core/team/team-work-errors';
import { msg } from '../core/i18n';
import type { VaultSession } from '../core/vault/vault-session';
import { UsageError, type CommandContext } from './command';
import { withUnlockedVault } from './open-vault';
import { DATABASE_PASSWORD_ENV, teamUrlFromEnv } from './team-connection';

/**
 * Whether a command works on the team server: `DPO_DESK_DATABASE_URL` is set and no `--vault`
 * names a local vault (a `--vault` flag always wins, so a DPO with both set can still open
 * their own vault).
 */
export function onTeamServer(ctx: CommandContext): boolean {
  return Boolean(ctx.env[DATABASE_URL_ENV]) && ctx.values.vault === undefined;
}

/**
 * Runs `work` over the database the case commands work on, through the same session class as
 * the app: the team server when {@link onTeamServer}, signed in as the URL's user (the
 * password from the URL, `DPO_DESK_DATABASE_PASSWORD` or a prompt, as the team commands take
 * it), with their copy of the team key opened and every audit event in their name; otherwise
 * the local vault (see `withUnlockedVault`). On the team server a refusal of the member's role
 * by the database comes back as the app says it (FORBIDDEN, naming what the role may do), and
 * the member is signed out afterwards whatever happens.
 */
export async function withWorkSession<T>(ctx: CommandContext, work: (session: VaultSession) => Promise<T>): Promise<T> {
  if (!onTeamServer(ctx)) return withUnlockedVault(ctx, work);
  const url = new URL(teamUrlFromEnv(ctx));
  const login = decodeURIComponent(url.username);
  if (!login) throw new UsageError(msg('msg.cli.usage.urlNoMember', { env: DATABASE_URL_ENV }));
  const password = url.password !== '' ? decodeURIComponent(url.password) : await ctx.secret(DATABASE_PASSWORD_ENV, ctx.text().t('msg.cli.prompt.teamDatabase'));
  // No local vault is opened in team mode: the session's vault side points at a folder that is never created.
  const noVault = join(tmpdir(), 'dpo-desk-cli-on-team-server');
  const session = new TeamAwareSession({ dir: noVault, actor: defaultActor('cli'), teamConfigPath: join(noVault, 'team-server.json'), env: ctx.env, liveChanges: false });
  await session.signIn(login, password);
  try {
    return await work(session);
  } catch (error) {
    throw teamWorkError(error, { signedIn: () => session.member() });
  } finally {
    await session.lock('user');
  }
}
