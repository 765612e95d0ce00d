import { callChannel } from '../call-channel';
import type { Command } from '../command';
import { detailLines } from './request-format';

/** `request clock-stop`: UK GDPR Art. 12A clarification and fee stops, as audited steps. */
export const requestClockStop: Command = {
  path: ['request', 'clock-stop'],
  summary: 'Stop or restart a UK GDPR clock for clarification or a fee (Art. 12A; audited)',
  usage: 'request clock-stop REF --reason clarification|fee --action start|end [--at ISO] --vault DIR [--json]',
  details: [
    '--action start   the day clarification of an access request, or a fee, was asked for',
    '--action end     the day it arrived; the deadlines are recomputed',
    'Clarification days do not count (the end moves by them); a fee restarts the month from payment.',
    'Identity stops are recorded by `request transition --to awaiting-identity` and `--to in-progress`.',
  ],
  positionals: { min: 1, max: 1, names: ['REF'] },
  options: { reason: { type: 'string' }, action: { type: 'string' }, at: { type: 'string' } },
  async run(ctx) {
    const raw = { reason: ctx.values.reason, action: ctx.values.action, at: ctx.values.at };
    const step = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined));
    const detail = await callChannel(ctx, 'requests.clockStop', { id: ctx.positionals[0], step });
    ctx.print(detail, detailLines(detail));
  },
};
