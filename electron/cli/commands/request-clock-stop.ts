import { callChannelWithText } from '../call-channel';
import type { Command } from '../command';
import { detailLines } from './request-format';

/** `request clock-stop`: UK GDPR Art. 12A clarification and fee stops, as audited steps. */
export const requestClockStop: Command = {
  path: ['request', 'clock-stop'],
  usage: 'request clock-stop REF --reason clarification|fee --action start|end [--at ISO] --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['REF'] },
  options: { reason: { type: 'string' }, action: { type: 'string' }, at: { type: 'string' } },
  async run(ctx) {
    const raw = { reason: ctx.values.reason, action: ctx.values.action, at: ctx.values.at };
    const step = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined));
    const { value: detail, x } = await callChannelWithText(ctx, 'requests.clockStop', { id: ctx.positionals[0], step });
    ctx.print(detail, detailLines(detail, x));
  },
};
