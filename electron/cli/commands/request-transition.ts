import { callChannelWithText } from '../call-channel';
import { IDENTITY_METHODS, OUTCOMES, REFUSAL_GROUNDS } from '../../shared/requests';
import type { Command } from '../command';
import { detailLines } from './request-format';

export const requestTransition: Command = {
  path: ['request', 'transition'],
  helpParams: { methods: IDENTITY_METHODS.join(', '), outcomes: OUTCOMES.join(', '), grounds: REFUSAL_GROUNDS.join(', ') },
  usage: 'request transition REF --to STATUS [--reason TEXT] [--method M] [--outcome O] [--ground G] [--at ISO] --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['REF'] },
  options: {
    to: { type: 'string' },
    reason: { type: 'string' },
    method: { type: 'string' },
    'not-required': { type: 'boolean' },
    outcome: { type: 'string' },
    ground: { type: 'string' },
    at: { type: 'string' },
  },
  async run(ctx) {
    const v = ctx.values;
    const raw: Record<string, unknown> = { to: v.to, reason: v.reason, at: v.at };
    if (v.to === 'awaiting-identity') raw.method = v.method;
    if (v.to === 'in-progress') raw.identity = { method: v.method, outcome: v['not-required'] === true ? 'not-required' : 'verified' };
    if (v.to === 'responded') Object.assign(raw, { outcome: v.outcome, refusalGround: v.ground });
    const transition = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined));
    const { value: detail, x } = await callChannelWithText(ctx, 'requests.transition', { id: ctx.positionals[0], transition });
    ctx.print(detail, detailLines(detail, x));
  },
};
