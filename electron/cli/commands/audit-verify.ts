import type { VerifyProgress } from '../../core/audit/verify-vault';
import { AppError } from '../../core/errors';
import { vaultCliText, type CliText } from '../cli-text';
import { UsageError, type Command, type CommandContext } from '../command';
import { withUnlockedVault } from '../open-vault';
import { withTeamDatabase } from '../team-connection';
import { onTeamServer } from '../work-session';
import { verifyTeamTrail } from '../../core/team/verify-team-trail';
import { msg } from '../../core/i18n';

/** A progress line on stderr at every tenth of each stage (a million events take a few seconds). */
function progressLines(ctx: CommandContext, x: CliText): VerifyProgress {
  let shown = '';
  return (stage, done, total) => {
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
    const key = `${stage}:${tenth}`;
    if (key === shown) return;
    shown = key;
    ctx.progress(x.t(stage === 'events' ? 'msg.cli.verify.events' : 'msg.cli.verify.caseGroups', { done, total }));
  };
}

export const auditVerify: Command = {
  path: ['audit', 'verify'],
  usage: 'audit verify --vault DIR [--head HASH] [--json]   (with DPO_DESK_DATABASE_URL and no --vault: the team server\'s trail)',
  options: { head: { type: 'string' } },
  async run(ctx) {
    const head = ctx.values.head;
    if (head !== undefined && (typeof head !== 'string' || !/^[0-9a-fA-F]{64}$/.test(head))) {
      throw new UsageError(msg('msg.cli.usage.head'));
    }
    const onTeam = onTeamServer(ctx);
    const result = onTeam
      ? await withTeamDatabase(ctx, (db) => verifyTeamTrail(db, head))
      : await withUnlockedVault(ctx, async (session) => session.verify(head, progressLines(ctx, await vaultCliText(ctx, session.db()))));
    const x = ctx.text();
    const caseName = (b: (typeof result.dataBreaks)[number]) =>
      b.kind === 'schema' ? x.t('msg.cli.verify.schema') : `${x.has(`msg.cli.verify.caseType.${b.caseType}`) ? x.t(`msg.cli.verify.caseType.${b.caseType}`) : b.caseType} ${b.reference ?? b.caseId}`;
    const dataLines = result.dataBreaks.map((b) => `${caseName(b)}, ${b.group}: ${x.text(b.detail)}`);
    ctx.print(
      result,
      result.ok
        ? [
            x.t('msg.cli.verify.intact', { count: result.eventCount }),
            onTeam ? x.t('msg.cli.verify.teamNote') : x.t('msg.cli.verify.dataIntact', { groups: result.caseGroupsChecked, files: result.filesChecked }),
            x.t('msg.cli.verify.head', { head: result.headHash }),
            ...(result.givenHeadSeq !== null ? [x.t('msg.cli.verify.grown', { seq: result.givenHeadSeq, added: result.eventCount - result.givenHeadSeq })] : []),
          ]
        : [
            ...(result.firstBreak ? [x.t('msg.cli.verify.broken', { seq: result.firstBreak.seq, reason: x.text(result.firstBreak.detail) }), x.t('msg.cli.verify.before', { count: result.eventCount })] : []),
            ...(dataLines.length > 0 ? [x.t('msg.cli.verify.changed', { count: dataLines.length }), ...dataLines.map((line) => `  ${line}`)] : []),
          ],
    );
    if (result.firstBreak) throw new AppError('VAULT_CORRUPT', msg('msg.error.cli.chainBroken', { seq: result.firstBreak.seq }));
    if (!result.ok) throw new AppError('VAULT_CORRUPT', msg('msg.error.cli.dataDiffers', { count: dataLines.length }));
  },
};
