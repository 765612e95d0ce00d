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
  summary: 'Check the hash chain of the audit trail and report the first broken link',
  usage: 'audit verify --vault DIR [--head HASH] [--json]   (with DPO_DESK_DATABASE_URL and no --vault: the team server\'s trail)',
  details: [
    'Exit 0 when every event is intact, 1 when the chain is broken (the first break is named).',
    'Also checks the checkpoint kept in the vault header, so deleting the newest events is caught.',
    'Then checks the data against the trail: every case field group against the state its last audited change committed to,',
    'every stored file against its SHA-256, and the schema (append-only and status triggers); each difference names the case and field group.',
    '--head HASH: the head hash printed on an earlier audit report; proves the trail has only grown since.',
    'Progress goes to stderr at every tenth of the events and of the case field groups.',
    'On a team server (DPO_DESK_DATABASE_URL set, no --vault; any member, an auditor included): the chain and --head; case data are not compared there.',
  ],
  options: { head: { type: 'string' } },
  async run(ctx) {
    const head = ctx.values.head;
    if (head !== undefined && (typeof head !== 'string' || !/^[0-9a-fA-F]{64}$/.test(head))) {
      throw new UsageError('--head takes the 64 hexadecimal digits of a head hash');
    }
    const onTeam = onTeamServer(ctx);
    const result = onTeam
      ? await withTeamDatabase(ctx, (db) => verifyTeamTrail(db, head))
      : await withUnlockedVault(ctx, async (session) => session.verify(head, progressLines(ctx, await vaultCliText(ctx, session.db()))));
    const dataLines = result.dataBreaks.map((b) => `${b.kind === 'schema' ? 'Schema' : `${b.caseType} ${b.reference ?? b.caseId}`}, ${b.group}: ${b.reason}`);
    ctx.print(
      result,
      result.ok
        ? [
            `Audit trail intact: ${result.eventCount} events`,
            onTeam
              ? 'On the team server the trail is kept by its append-only triggers and grants; case data are compared with the trail in a local vault only'
              : `Data intact: ${result.caseGroupsChecked} case field groups and ${result.filesChecked} stored files match the trail`,
            `Head hash: ${result.headHash}`,
            ...(result.givenHeadSeq !== null ? [`The given head hash is event ${result.givenHeadSeq}: the trail has only grown since (${result.eventCount - result.givenHeadSeq} events added)`] : []),
          ]
        : [
            ...(result.firstBreak ? [`Audit trail BROKEN at event ${result.firstBreak.seq}: ${result.firstBreak.reason}`, `Events verified before the break: ${result.eventCount}`] : []),
            ...(dataLines.length > 0 ? [`Data CHANGED outside DPO Desk (${dataLines.length}):`, ...dataLines.map((line) => `  ${line}`)] : []),
          ],
    );
    if (result.firstBreak) throw new AppError('VAULT_CORRUPT', msg('msg.error.cli.chainBroken', { seq: result.firstBreak.seq }));
    if (!result.ok) throw new AppError('VAULT_CORRUPT', msg('msg.error.cli.dataDiffers', { count: dataLines.length }));
  },
};
