import { reopenRequest } from '../../core/requests/reopen-request';
import { getRequestDetail } from '../../core/requests/request-detail';
import { undoExtension } from '../../core/requests/undo-extension';
import { voidRequest } from '../../core/requests/void-request';
import { describeZodError } from '../../core/api/zod-issues';
import { reasonSchema } from '../../shared/requests';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { detailLines } from './request-format';

/** One reasoned step of the core: voidRequest, reopenRequest and undoExtension share this shape. */
type Step = typeof voidRequest;

/** A command that takes one request and the DPO's reason, and runs one audited step on it. */
function reasonedCommand(word: string, summary: string, step: Step): Command {
  return {
    path: ['request', word],
    summary,
    usage: `request ${word} REF --reason TEXT --vault DIR [--json]`,
    positionals: { min: 1, max: 1, names: ['REF'] },
    options: { reason: { type: 'string' } },
    async run(ctx) {
      const parsed = reasonSchema.safeParse({ reason: ctx.values.reason ?? '' });
      if (!parsed.success) throw new UsageError(describeZodError(parsed.error).message);
      const detail = await withUnlockedVault(ctx, async (session) => {
        const id = await step(session.db(), ctx.positionals[0] as string, parsed.data.reason, session.actor, new Date());
        return getRequestDetail(session.db(), id, new Date());
      });
      ctx.print(detail, detailLines(detail));
    },
  };
}

export const requestVoid = reasonedCommand('void', 'Void a request registered in error (kept, marked void, out of every count and report)', voidRequest);
export const requestReopen = reasonedCommand('reopen', 'Reopen a responded or withdrawn request', reopenRequest);
export const requestUndoExtension = reasonedCommand('undo-extension', 'Undo an extension while no extension notice has been finalised', undoExtension);
