import { openTeamDatabase, readTeamUrl, type TeamConnection } from '../core/team/open-team-database';
import { DATABASE_URL_ENV } from '../core/team/team-config';
import { unlockTeamFields } from '../core/team/team-data-key';
import { UsageError, type CommandContext } from './command';
import { msg } from '../core/i18n';

/** The password of the URL's user, when the URL leaves it out (secrets are never arguments). */
const DATABASE_PASSWORD_ENV = 'DPO_DESK_DATABASE_PASSWORD';

/** Whether a command works with the team's confidential fields: it then opens the member's team key with the same password. */
export interface TeamConnectionNeeds {
  teamKey?: boolean;
}

/**
 * Runs `work` over the team database named by `DPO_DESK_DATABASE_URL`, logged in as the
 * URL's user (the password from the URL, `DPO_DESK_DATABASE_PASSWORD`, or a prompt), and
 * closes the pool afterwards whatever happens. With `teamKey`, the member's copy of the team
 * data key is opened first with that password.
 */
export async function withTeamDatabase<T>(ctx: CommandContext, work: (db: TeamConnection) => Promise<T>, needs: TeamConnectionNeeds = {}): Promise<T> {
  return withTeamDatabaseAt(ctx, teamUrlFromEnv(ctx), work, needs);
}

/** The team database's URL from `DPO_DESK_DATABASE_URL`, checked (a usage error when unset, refused when it is not a team URL). */
export function teamUrlFromEnv(ctx: CommandContext): string {
  const url = ctx.env[DATABASE_URL_ENV];
  if (!url) throw new UsageError(msg('msg.cli.usage.teamUrl', { name: DATABASE_URL_ENV }));
  readTeamUrl(url);
  return url;
}

/** {@link withTeamDatabase} for a URL given another way (`vault migrate --to`); the same password rules. */
export async function withTeamDatabaseAt<T>(ctx: CommandContext, url: string, work: (db: TeamConnection) => Promise<T>, needs: TeamConnectionNeeds = {}): Promise<T> {
  readTeamUrl(url);
  const parsed = new URL(url);
  const hasPassword = parsed.password !== '';
  const password = hasPassword ? undefined : await ctx.secret(DATABASE_PASSWORD_ENV, ctx.text().t('msg.cli.prompt.teamDatabase'));
  const db = openTeamDatabase(url, password);
  try {
    if (needs.teamKey) await unlockTeamFields(db, decodeURIComponent(parsed.username), password ?? decodeURIComponent(parsed.password));
    return await work(db);
  } finally {
    await db.destroy();
  }
}
