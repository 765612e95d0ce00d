import { CHANNELS, REGIMES, REQUESTER_RELATIONS } from '../../shared/requests';
import { callChannel } from '../call-channel';
import { UsageError, type Command } from '../command';
import { confirmOld, requestFactOptions, requestFacts } from './request-fact-flags';

export const requestAdd: Command = {
  path: ['request', 'add'],
  summary: 'Register a data-subject request and compute its deadlines',
  usage: 'request add --regime R --type T [--type T2] --name NAME [--email E] [--received ISO] [--channel C] [--client ID] [options] --vault DIR [--json]',
  details: [
    `--regime     ${REGIMES.join(', ')}`,
    '--type       the request type(s) of that regime, e.g. access, erasure (repeat for several)',
    '--received   when it arrived, ISO 8601 with offset (default: now), e.g. 2026-03-31T09:30:00+02:00',
    `--channel    ${CHANNELS.join(', ')} (default: email)`,
    `--requester-relation ${REQUESTER_RELATIONS.join(', ')}; with --requester-name for someone acting for the person`,
    '--under16, --complex, --description TEXT, --system NAME (repeatable), --phone, --address',
    '--confirm-old accept a receipt more than 90 days back',
    '--client ID  the request is about data we hold for this client: we act as processor',
    '--assist-by YYYY-MM-DD  the date the client asked us to assist by (with --client)',
  ],
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
    if (v['assist-by'] !== undefined && typeof v.client !== 'string') throw new UsageError('--assist-by goes with --client: only a processor-side request has a client’s date');
    const created = await callChannel(ctx, 'requests.create', { request });
    ctx.print(created, `Registered request ${created.reference}`);
  },
};
