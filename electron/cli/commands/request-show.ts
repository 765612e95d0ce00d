import { getRequestDetail } from '../../core/requests/request-detail';
import type { Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { detailLines } from './request-format';

export const requestShow: Command = {
  path: ['request', 'show'],
  summary: 'Show one request: facts, both clocks explained, history',
  usage: 'request show REF --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['REF'] },
  async run(ctx) {
    const detail = await withUnlockedVault(ctx, (session) => getRequestDetail(session.db(), ctx.positionals[0] as string, new Date()));
    ctx.print(detail, detailLines(detail));
  },
};
