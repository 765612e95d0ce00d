import { callChannel } from '../call-channel';
import type { Command } from '../command';
import { detailLines } from './request-format';

export const requestShow: Command = {
  path: ['request', 'show'],
  summary: 'Show one request: facts, both clocks explained, history',
  usage: 'request show REF --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['REF'] },
  async run(ctx) {
    const detail = await callChannel(ctx, 'requests.get', { id: ctx.positionals[0] });
    ctx.print(detail, detailLines(detail));
  },
};
