import { callChannel } from '../call-channel';
import type { Command } from '../command';
import { detailLines } from './request-format';

/** The reasoned steps of a request: each takes the request and the DPO's reason. */
type ReasonedChannel = 'requests.void' | 'requests.reopen' | 'requests.undoExtension';

/** A command that takes one request and the DPO's reason, and runs one audited step on it. */
function reasonedCommand(word: string, summary: string, channel: ReasonedChannel): Command {
  return {
    path: ['request', word],
    summary,
    usage: `request ${word} REF --reason TEXT --vault DIR [--json]`,
    positionals: { min: 1, max: 1, names: ['REF'] },
    options: { reason: { type: 'string' } },
    async run(ctx) {
      const detail = await callChannel(ctx, channel, { id: ctx.positionals[0], reason: ctx.values.reason ?? '' });
      ctx.print(detail, detailLines(detail));
    },
  };
}

export const requestVoid = reasonedCommand('void', 'Void a request registered in error (kept, marked void, out of every count and report)', 'requests.void');
export const requestReopen = reasonedCommand('reopen', 'Reopen a responded or withdrawn request', 'requests.reopen');
export const requestUndoExtension = reasonedCommand('undo-extension', 'Undo an extension while no extension notice has been finalised', 'requests.undoExtension');
