import { CHANNELS, REQUESTER_RELATIONS } from '../../shared/requests';
import { callChannelWithText } from '../call-channel';
import type { Command } from '../command';
import { confirmOld, requestFactOptions, requestFacts } from './request-fact-flags';
import { detailLines } from './request-format';

/** `{ [field]: true }` for --X, `{ [field]: false }` for --not-X, nothing when neither was given. */
const definedFlag = (field: string, on: unknown, off: unknown): Record<string, boolean> => (on === true ? { [field]: true } : off === true ? { [field]: false } : {});

export const requestEdit: Command = {
  path: ['request', 'edit'],
  helpParams: { channels: CHANNELS.join(', '), relations: REQUESTER_RELATIONS.join(', ') },
  usage: 'request edit REF [--name N] [--email E] [--type T …] [--received ISO] [--channel C] [--description D] [--system S …] [options] --reason TEXT --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['REF'] },
  options: { reason: { type: 'string' }, ...requestFactOptions, 'not-under16': { type: 'boolean' }, 'not-complex': { type: 'boolean' } },
  async run(ctx) {
    const v = ctx.values;
    const changes = { ...requestFacts(v), ...definedFlag('under16', v.under16, v['not-under16']), ...definedFlag('complex', v.complex, v['not-complex']) };
    const correction = { changes, reason: v.reason ?? '', ...confirmOld(v) };
    const { value: detail, x } = await callChannelWithText(ctx, 'requests.correct', { id: ctx.positionals[0], correction });
    ctx.print(detail, detailLines(detail, x));
  },
};
