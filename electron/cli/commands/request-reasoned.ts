import { callChannelWithText } from '../call-channel';
import type { Command } from '../command';
import { detailLines } from './request-format';

/** The reasoned steps of a request: each takes the request and the DPO's reason. */
type ReasonedChannel = 'requests.void' | 'requests.reopen' | 'requests.undoExtension';

/** A command that takes one request and the DPO's reason, and runs one audited step on it. */
function reasonedCommand(word: string, channel: ReasonedChannel): Command {
  return {
    path: ['request', word],
    usage: `request ${word} REF --reason TEXT --vault DIR [--json]`,
    positionals: { min: 1, max: 1, names: ['REF'] },
    options: { reason: { type: 'string' } },
    async run(ctx) {
      const { value: detail, x } = await callChannelWithText(ctx, channel, { id: ctx.positionals[0], reason: ctx.values.reason ?? '' });
      ctx.print(detail, detailLines(detail, x));
    },
  };
}

export const requestVoid = reasonedCommand('void', 'requests.void');
export const requestReopen = reasonedCommand('reopen', 'requests.reopen');
export const requestUndoExtension = reasonedCommand('undo-extension', 'requests.undoExtension');
