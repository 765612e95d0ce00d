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
import { resolveCliLanguage } from '../cli-language';
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
  if (typeof to !== 'string' || to === '') throw new UsageError(msg('msg.cli.usage.toFolder'));
  return resolve(to);
}

export const vaultMigrate: Command = {
  path: ['vault', 'migrate'],
  usage: 'vault migrate --to postgres://owner@host/database --login L --name "Full Name" --vault DIR [--lang en|it] [--json]',
  options: { to: { type: 'string' }, login: { type: 'string' }, name: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    const url = ctx.values.to;
    if (typeof url !== 'string' || url === '') throw new UsageError(msg('msg.cli.usage.toTeamUrl'));
    readTeamUrl(url);
    const password = await ctx.secret(MEMBER_PASSWORD_ENV, ctx.text().t('msg.cli.prompt.firstDpo'));
    const parsed = newTeamMemberSchema.safeParse({ login: ctx.values.login, displayName: ctx.values.name, role: 'dpo', password });
    if (!parsed.success) {
      throw new UsageError(msg('msg.cli.usage.firstDpo', { env: MEMBER_PASSWORD_ENV }));
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
  usage: 'team export --to DIR [--lang en|it] [--json]',
  options: { to: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    const url = teamUrlFromEnv(ctx);
    const dir = folderFrom(ctx);
    const fromEnv = ctx.env[PASSPHRASE_ENV];
    const passphrase = await ctx.secret(PASSPHRASE_ENV, ctx.text().t('msg.cli.prompt.newVault'));
    if (!fromEnv) {
      const again = await ctx.secret('DPO_DESK_PASSPHRASE_CONFIRM', ctx.text().t('msg.cli.prompt.repeat'));
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
