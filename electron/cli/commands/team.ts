import { initTeam } from '../../core/team/init-team';
import { addTeamMember, changeOwnTeamPassword, disableTeamMember, listTeamMembers, resetTeamMemberPassword, type TeamMember } from '../../core/team/team-members';
import { newTeamMemberSchema, TEAM_ROLES, teamLoginSchema } from '../../shared/team';
import { LANG_HELP, resolveCliLanguage } from '../cli-language';
import { cliText } from '../cli-text';
import { UsageError, type Command, type CommandContext } from '../command';
import { teamUrlFromEnv, withTeamDatabase } from '../team-connection';

const MEMBER_PASSWORD_ENV = 'DPO_DESK_MEMBER_PASSWORD';

const CONNECTION_HELP = [
  'The team database is DPO_DESK_DATABASE_URL=postgres://user[:password]@host[:port]/database; TLS with the',
  'certificate checked (sslmode=verify-full) is required unless the host is this machine. A password left out of',
  'the URL comes from DPO_DESK_DATABASE_PASSWORD, or is asked for.',
];

function text(ctx: CommandContext) {
  return cliText(resolveCliLanguage(ctx.values.lang, null, ctx.env));
}

/** Reads --login, --name and --role (and the new member's password, never an argument) into a valid member. */
async function memberFrom(ctx: CommandContext, role: unknown) {
  const password = await ctx.secret(MEMBER_PASSWORD_ENV, 'Password for the new member: ');
  const parsed = newTeamMemberSchema.safeParse({ login: ctx.values.login, displayName: ctx.values.name, role, password });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))].join(', ');
    throw new UsageError(`invalid ${fields}: --login is lower-case letters, digits and _ (2 to 41, a letter first), --name is required, --role is one of ${TEAM_ROLES.join('|')}, and ${MEMBER_PASSWORD_ENV} has at least 12 characters`);
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
  summary: 'Set up an empty PostgreSQL database as a team database, with its first DPO',
  usage: 'team init --login L --name "Full Name" [--lang en|it] [--json]',
  details: [
    'Run as the database owner, an administrator who may create roles. Creates the schema, the roles',
    '<database>_dpo, _analyst and _auditor with their grants and row-level security, and the first DPO',
    `account; its password comes from ${MEMBER_PASSWORD_ENV} (or is asked for). A database that already holds`,
    'DPO Desk is refused, never changed.',
    ...CONNECTION_HELP,
    LANG_HELP.trim(),
  ],
  options: { login: { type: 'string' }, name: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    const member = await memberFrom(ctx, 'dpo');
    const result = await withTeamDatabase(ctx, (db) => initTeam(db, { ...member, role: 'dpo' }, new Date()));
    ctx.print(result, text(ctx).t('msg.cli.team.initialised', { login: result.dpo.login, owner: result.owner }));
  },
};

export const teamUserAdd: Command = {
  path: ['team', 'user', 'add'],
  summary: 'Add a member to the team (as a DPO): a login role with its own password',
  usage: 'team user add --login L --name "Full Name" --role dpo|analyst|auditor [--lang en|it] [--json]',
  details: [
    'dpo: everything; analyst: cases and documents, not settings, clients or members; auditor: read only.',
    `The new member's password comes from ${MEMBER_PASSWORD_ENV} (or is asked for); the server receives only a SCRAM verifier.`,
    'The team key that encrypts notes, descriptions, letters and files is opened with your password and wrapped',
    "for the new member's password, so run it as a DPO member (not as the server's administrator).",
    ...CONNECTION_HELP,
  ],
  options: { login: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    const member = await memberFrom(ctx, ctx.values.role);
    const added = await withTeamDatabase(ctx, (db) => addTeamMember(db, member, new Date()), { teamKey: true });
    ctx.print(added, text(ctx).t('msg.cli.team.added', { line: memberLine(ctx, added) }));
  },
};

export const teamUserList: Command = {
  path: ['team', 'user', 'list'],
  summary: 'List the team’s members, their roles and whether they may log in',
  usage: 'team user list [--lang en|it] [--json]',
  details: CONNECTION_HELP,
  options: { lang: { type: 'string' } },
  async run(ctx) {
    const members = await withTeamDatabase(ctx, listTeamMembers);
    ctx.print(members, [text(ctx).t('msg.cli.team.count', { count: members.length }), ...members.map((m) => memberLine(ctx, m))]);
  },
};

export const teamUserDisable: Command = {
  path: ['team', 'user', 'disable'],
  summary: 'Stop a member from logging in (as a DPO); what they did stays, under their name',
  usage: 'team user disable LOGIN [--lang en|it] [--json]',
  details: ['The last active DPO cannot be disabled. Their copy of the team key is deleted with them.', ...CONNECTION_HELP],
  positionals: { min: 1, max: 1, names: ['LOGIN'] },
  options: { lang: { type: 'string' } },
  async run(ctx) {
    const login = teamLoginSchema.safeParse(ctx.positionals[0]);
    if (!login.success) throw new UsageError(`not a team login: ${String(ctx.positionals[0])}`);
    await withTeamDatabase(ctx, (db) => disableTeamMember(db, login.data, new Date()));
    ctx.print({ login: login.data, active: false }, text(ctx).t('msg.cli.team.disabledNow', { login: login.data }));
  },
};

export const teamUserPassword: Command = {
  path: ['team', 'user', 'password'],
  summary: 'Set a member’s new password (as a DPO), with the team key wrapped again for it',
  usage: 'team user password LOGIN [--lang en|it] [--json]',
  details: [
    `The new password comes from ${MEMBER_PASSWORD_ENV} (or is asked for); the server receives only a SCRAM verifier.`,
    'In one transaction the login takes the new password and the team key is wrapped for it, so the old password',
    'opens neither the server nor the team key. Run it as a DPO member (it needs the team key).',
    ...CONNECTION_HELP,
  ],
  positionals: { min: 1, max: 1, names: ['LOGIN'] },
  options: { lang: { type: 'string' } },
  async run(ctx) {
    const login = teamLoginSchema.safeParse(ctx.positionals[0]);
    if (!login.success) throw new UsageError(`not a team login: ${String(ctx.positionals[0])}`);
    const password = newTeamMemberSchema.shape.password.safeParse(await ctx.secret(MEMBER_PASSWORD_ENV, 'New password for the member: '));
    if (!password.success) throw new UsageError(`invalid password: ${MEMBER_PASSWORD_ENV} has at least 12 characters`);
    await withTeamDatabase(ctx, (db) => resetTeamMemberPassword(db, login.data, password.data, new Date()), { teamKey: true });
    ctx.print({ login: login.data, passwordSet: true }, text(ctx).t('msg.cli.team.passwordSet', { login: login.data }));
  },
};

export const teamPassword: Command = {
  path: ['team', 'password'],
  summary: 'Change your own password on the team server, with your copy of the team key wrapped again for it',
  usage: 'team password [--lang en|it] [--json]',
  details: [
    'Any member may (a DPO, an analyst, an auditor). Your current password is the one you log in with (from the URL,',
    `DPO_DESK_DATABASE_PASSWORD, or asked for); the new one comes from ${MEMBER_PASSWORD_ENV} (or is asked for), at least 12`,
    'characters. In one transaction your login takes the new password and your copy of the team key is wrapped for it, so',
    'the old password opens neither the server nor the key; the change is recorded in the audit trail under your name.',
    ...CONNECTION_HELP,
  ],
  options: { lang: { type: 'string' } },
  async run(ctx) {
    const next = newTeamMemberSchema.shape.password.safeParse(await ctx.secret(MEMBER_PASSWORD_ENV, 'Your new password: '));
    if (!next.success) throw new UsageError(`invalid password: ${MEMBER_PASSWORD_ENV} has at least 12 characters`);
    const login = new URL(teamUrlFromEnv(ctx)).username;
    await withTeamDatabase(ctx, (db, current) => changeOwnTeamPassword(db, current, next.data, new Date()));
    ctx.print({ login: decodeURIComponent(login), passwordChanged: true }, text(ctx).t('msg.cli.team.ownPasswordChanged'));
  },
};
