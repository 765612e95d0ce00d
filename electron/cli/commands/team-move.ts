import { resolve } from 'node:path';
import { defaultActor } from '../../core/actor';
import { AppError } from '../../core/errors';
import { msg } from '../../core/i18n';
import { exportTeamToVault } from '../../core/team/export-team-to-vault';
import { moveVaultToTeam } from '../../core/team/move-vault-to-team';
import { readTeamUrl } from '../../core/team/open-team-database';
import type { CopyProgress } from '../../core/team/table-progress';
import { VaultSession } from '../../core/vault/vault-session';
import { newTeamMemberSchema } from '../../shared/team';
import { LANG_HELP, resolveCliLanguage } from '../cli-language';
import { cliText } from '../cli-text';
import { UsageError, type Command, type CommandContext } from '../command';
import { PASSPHRASE_ENV, withUnlockedVault } from '../open-vault';
import { teamUrlFromEnv, withTeamDatabaseAt } from '../team-connection';

const MEMBER_PASSWORD_ENV = 'DPO_DESK_MEMBER_PASSWORD';

function text(ctx: CommandContext) {
  return cliText(resolveCliLanguage(ctx.values.lang, null, ctx.env));
}

/** One progress line per table, and one per thousand rows of a long one (on stderr). */
function progressLines(ctx: CommandContext): (progress: CopyProgress) => void {
  const t = text(ctx);
  let shown = { table: '', copied: -1 };
  return ({ table, copied, total }) => {
    const done = copied === total;
    if (table === shown.table && !done && copied - shown.copied < 1000) return;
    if (table === shown.table && copied === shown.copied) return;
    shown = { table, copied };
    ctx.progress(t.t('msg.cli.team.move.progress', { table, copied, total }));
  };
}

function folderFrom(ctx: CommandContext): string {
  const to = ctx.values.to;
  if (typeof to !== 'string' || to === '') throw new UsageError('--to takes one folder: where the new vault is made');
  return resolve(to);
}

export const vaultMigrate: Command = {
  path: ['vault', 'migrate'],
  summary: 'Move the vault into a new, empty team database on PostgreSQL (the vault itself is only read)',
  usage: 'vault migrate --to postgres://owner@host/database --login L --name "Full Name" --vault DIR [--lang en|it] [--json]',
  details: [
    'Run as the database owner, an administrator who may create roles, on a database that holds no tables.',
    'In one transaction: the team schema, roles and grants; every table of the vault copied row for row',
    '(documents, attachments and every audit event as it was hashed; notes, descriptions, letters and files',
    "encrypted with a new team key, kept only wrapped for the first DPO's password); the first DPO account (its password from",
    `${MEMBER_PASSWORD_ENV}, or asked for); an event recording the import; the whole chain verified on the server.`,
    'Anything wrong and nothing is kept on the server. The vault passphrase comes from DPO_DESK_PASSPHRASE;',
    'a password left out of the URL comes from DPO_DESK_DATABASE_PASSWORD, or is asked for. Progress goes to stderr.',
    LANG_HELP.trim(),
  ],
  options: { to: { type: 'string' }, login: { type: 'string' }, name: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    const url = ctx.values.to;
    if (typeof url !== 'string' || url === '') throw new UsageError('--to takes the team database URL: postgres://owner@host/database');
    readTeamUrl(url);
    const password = await ctx.secret(MEMBER_PASSWORD_ENV, 'Password for the first DPO: ');
    const parsed = newTeamMemberSchema.safeParse({ login: ctx.values.login, displayName: ctx.values.name, role: 'dpo', password });
    if (!parsed.success) {
      throw new UsageError(`invalid first DPO: --login is lower-case letters, digits and _ (2 to 41, a letter first), --name is required, and ${MEMBER_PASSWORD_ENV} has at least 12 characters`);
    }
    const dpo = { ...parsed.data, role: 'dpo' as const };
    const moved = await withUnlockedVault(ctx, (session) => withTeamDatabaseAt(ctx, url, (team) => moveVaultToTeam(session.db(), team, dpo, new Date(), progressLines(ctx))));
    const t = text(ctx);
    ctx.print(moved, [
      t.t('msg.cli.team.move.migrated', { events: moved.chain.eventCount - 2, tables: Object.keys(moved.rows).length }),
      t.t('msg.cli.team.move.chain', { count: moved.chain.eventCount, head: moved.chain.headHash }),
      t.t('msg.cli.team.initialised', { login: moved.dpo, owner: moved.owner }),
    ]);
  },
};

export const teamExport: Command = {
  path: ['team', 'export'],
  summary: 'Make a new local encrypted vault holding everything the team database holds',
  usage: 'team export --to DIR [--lang en|it] [--json]',
  details: [
    'Any member may export. The team database is DPO_DESK_DATABASE_URL (its password from the URL,',
    `DPO_DESK_DATABASE_PASSWORD or a prompt); the new vault's passphrase comes from ${PASSPHRASE_ENV}, or is asked twice.`,
    'The team trail is verified first; your team key (opened with your password) decrypts notes, descriptions,',
    'letters and files; the new vault holds every table row for row and every event, then one',
    'event that records the export, and is checked as `audit verify` checks a vault. Its recovery key is printed',
    'once. An existing vault in DIR is never overwritten.',
    LANG_HELP.trim(),
  ],
  options: { to: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    const url = teamUrlFromEnv(ctx);
    const dir = folderFrom(ctx);
    const fromEnv = ctx.env[PASSPHRASE_ENV];
    const passphrase = await ctx.secret(PASSPHRASE_ENV, 'New vault passphrase: ');
    if (!fromEnv) {
      const again = await ctx.secret('DPO_DESK_PASSPHRASE_CONFIRM', 'Repeat the passphrase: ');
      if (again !== passphrase) throw new AppError('VALIDATION', msg('msg.error.cli.passphrasesDiffer'));
    }
    const session = new VaultSession({ dir, actor: defaultActor('cli') });
    const exported = await withTeamDatabaseAt(ctx, url, async (team) => {
      try {
        return await exportTeamToVault(team, session, passphrase, progressLines(ctx));
      } finally {
        await session.lock('user');
      }
    }, { teamKey: true });
    const t = text(ctx);
    ctx.print(
      { vault: exported.vault, recoveryKey: exported.recoveryKey, rows: exported.rows, eventCount: exported.verification.eventCount, headHash: exported.verification.headHash },
      [
        t.t('msg.cli.team.move.exported', { dir: exported.vault, events: exported.verification.eventCount }),
        t.t('msg.cli.team.move.chain', { count: exported.verification.eventCount, head: exported.verification.headHash }),
        '',
        t.t('msg.cli.team.move.recoveryKey', { key: exported.recoveryKey }),
      ],
    );
  },
};
