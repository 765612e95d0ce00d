import { callChannelWithText } from '../call-channel';
import { CHANNELS } from '../../shared/requests';
import type { Command } from '../command';
import { detailLines } from './request-format';

export const requestAcknowledge: Command = {
  path: ['request', 'acknowledge'],
  helpParams: { channels: CHANNELS.join(', ') },
  usage: 'request acknowledge REF [--at ISO] [--channel C] [--document ID] --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['REF'] },
  options: { at: { type: 'string' }, channel: { type: 'string' }, document: { type: 'string' } },
  async run(ctx) {
    const v = ctx.values;
    const acknowledgement = {
      channel: v.channel ?? 'email',
      ...(v.at !== undefined ? { at: v.at } : {}),
      ...(v.document !== undefined ? { documentId: v.document } : {}),
    };
    const { value: detail, x } = await callChannelWithText(ctx, 'requests.acknowledge', { id: ctx.positionals[0], acknowledgement });
    ctx.print(detail, detailLines(detail, x));
  },
};
