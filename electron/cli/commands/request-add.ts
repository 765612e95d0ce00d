import { CHANNELS, REGIMES, REQUESTER_RELATIONS } from '../../shared/requests';
import { callChannelWithText } from '../call-channel';
import { UsageError, type Command } from '../command';
import { confirmOld, requestFactOptions, requestFacts } from './request-fact-flags';
import { msg } from '../../core/i18n';

export const requestAdd: Command = {
  path: ['request', 'add'],
  helpParams: { regimes: REGIMES.join(', '), channels: CHANNELS.join(', '), relations: REQUESTER_RELATIONS.join(', ') },
  usage: 'request add --regime R --type T [--type T2] --name NAME [--email E] [--received ISO] [--channel C] [--client ID] [options] --vault DIR [--json]',
  options: { regime: { type: 'string' }, ...requestFactOptions, client: { type: 'string' }, 'assist-by': { type: 'string' } },
  async run(ctx) {
    const v = ctx.values;
    const request = {
      receivedAt: new Date().toISOString(),
      channel: 'email',
      requesterRelation: 'self',
      types: [],
      systems: [],
      description: '',
      ...requestFacts(v),
      regime: v.regime,
      under16: v.under16 === true,
      complex: v.complex === true,
      ...confirmOld(v),
      ...(typeof v.client === 'string' ? { processor: { clientId: v.client, assistBy: v['assist-by'] } } : {}),
    };
    if (v['assist-by'] !== undefined && typeof v.client !== 'string') throw new UsageError(msg('msg.cli.usage.assistBy'));
    const { value: created, x } = await callChannelWithText(ctx, 'requests.create', { request });
    ctx.print(created, x.t('msg.cli.request.registered', { reference: created.reference }));
  },
};
