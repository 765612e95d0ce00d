import { getBreachDetail } from '../../core/breaches/register';
import type { Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { breachDetailLines } from './breach-format';

export const breachShow: Command = {
  path: ['breach', 'show'],
  summary: 'Show one breach: facts, triage, time left on the clock, decision, notifications',
  usage: 'breach show REF --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['REF'] },
  async run(ctx) {
    const detail = await withUnlockedVault(ctx, (session) => getBreachDetail(session.db(), ctx.positionals[0] as string, new Date()));
    ctx.print(detail, breachDetailLines(detail));
  },
};
