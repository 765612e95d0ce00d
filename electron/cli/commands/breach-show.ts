import { callChannel } from '../call-channel';
import type { Command } from '../command';
import { breachDetailLines } from './breach-format';

export const breachShow: Command = {
  path: ['breach', 'show'],
  summary: 'Show one breach: facts, triage, time left on the clock, decision, notifications',
  usage: 'breach show REF --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['REF'] },
  async run(ctx) {
    const detail = await callChannel(ctx, 'breaches.get', { id: ctx.positionals[0] });
    ctx.print(detail, breachDetailLines(detail));
  },
};
