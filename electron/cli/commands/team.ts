import { initTeam } from '../../core/team/init-team';
import { addTeamMember, disableTeamMember, listTeamMembers, resetTeamMemberPassword, type TeamMember } from '../../core/team/team-members';
import { newTeamMemberSchema, TEAM_ROLES, teamLoginSchema } from '../../shared/team';
import { resolveCliLanguage } from '../cli-language';
import { cliText } from '../cli-text';
import { UsageError, type Command, type CommandContext } from '../command';
import { withTeamDatabase } from '../team-connection';
import { msg } from '../../core/i18n';

const MEMBER_PASSWORD_ENV = 'DPO_DESK_MEMBER_PASSWORD';

function text(ctx: CommandContext) {
  return cliText(resolveCliLanguage(ctx.values.lang, null, ctx.env));
}

/** Reads --login, --name and --role (and the new member's password, never an argument) into a valid member. */
async function memberFrom(ctx: CommandContext, role: unknown) {
  const password = await ctx.secret(MEMBER_PASSWORD_ENV, ctx.text().t('msg.cli.prompt.newMember'));
  const parsed = newTeamMemberSchema.safeParse({ login: ctx.values.login, displayName: ctx.values.name, role, password });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))].join(', ');
    throw new UsageError(msg('msg.cli.usage.member', { fields, roles: TEAM_ROLES.join('|'), env: MEMBER_PASSWORD_ENV }));
  }
  return parsed.data;
}

function memberLine(ctx: CommandContext, member: TeamMember): string {
  const t = text(ctx);
  const state = member.active ? t.t('msg.cli.team.active') : t.t('msg.cli.team.disabled', { date: member.disabledAt ?? '' });
  return `${member.login.padEnd(24)} ${t.t(`msg.cli.team.role.${member.role}`).padEnd(10)} ${member.displayName} — ${state}`;
}

export const teamInit: Command = {
  path: ['team', 'init'],
  usage: 'team init --login L --name "Full Name" [--lang en|it] [--json]',
  options: { login: { type: 'string' }, name: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    const member = await memberFrom(ctx, 'dpo');
    const result = await withTeamDatabase(ctx, (db) => initTeam(db, { ...member, role: 'dpo' }, new Date()));
    ctx.print(result, text(ctx).t('msg.cli.team.initialised', { login: result.dpo.login, owner: result.owner }));
  },
};

export const teamUserAdd: Command = {
  path: ['team', 'user', 'add'],
  usage: 'team user add --login L --name "Full Name" --role dpo|analyst|auditor [--lang en|it] [--json]',
  options: { login: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    const member = await memberFrom(ctx, ctx.values.role);
    const added = await withTeamDatabase(ctx, (db) => addTeamMember(db, member, new Date()), { teamKey: true });
    ctx.print(added, text(ctx).t('msg.cli.team.added', { line: memberLine(ctx, added) }));
  },
};

export const teamUserList: Command = {
  path: ['team', 'user', 'list'],
  usage: 'team user list [--lang en|it] [--json]',
  options: { lang: { type: 'string' } },
  async run(ctx) {
    const members = await withTeamDatabase(ctx, listTeamMembers);
    ctx.print(members, [text(ctx).t('msg.cli.team.count', { count: members.length }), ...members.map((m) => memberLine(ctx, m))]);
  },
};

export const teamUserDisable: Command = {
  path: ['team', 'user', 'disable'],
  usage: 'team user disable LOGIN [--lang en|it] [--json]',
  positionals: { min: 1, max: 1, names: ['LOGIN'] },
  options: { lang: { type: 'string' } },
  async run(ctx) {
    const login = teamLoginSchema.safeParse(ctx.positionals[0]);
    if (!login.success) throw new UsageError(msg('msg.cli.usage.notLogin', { login: String(ctx.positionals[0]) }));
    await withTeamDatabase(ctx, (db) => disableTeamMember(db, login.data, new Date()));
    ctx.print({ login: login.data, active: false }, text(ctx).t('msg.cli.team.disabledNow', { login: login.data }));
  },
};

export const teamUserPassword: Command = {
  path: ['team', 'user', 'password'],
  usage: 'team user password LOGIN [--lang en|it] [--json]',
  positionals: { min: 1, max: 1, names: ['LOGIN'] },
  options: { lang: { type: 'string' } },
  async run(ctx) {
    const login = teamLoginSchema.safeParse(ctx.positionals[0]);
    if (!login.success) throw new UsageError(msg('msg.cli.usage.notLogin', { login: String(ctx.positionals[0]) }));
    const password = newTeamMemberSchema.shape.password.safeParse(await ctx.secret(MEMBER_PASSWORD_ENV, ctx.text().t('msg.cli.prompt.memberPassword')));
    if (!password.success) throw new UsageError(msg('msg.cli.usage.password', { env: MEMBER_PASSWORD_ENV }));
    await withTeamDatabase(ctx, (db) => resetTeamMemberPassword(db, login.data, password.data, new Date()), { teamKey: true });
    ctx.print({ login: login.data, passwordSet: true }, text(ctx).t('msg.cli.team.passwordSet', { login: login.data }));
  },
};
