import { createRequest } from '../../core/requests/create-request';
import { describeZodError } from '../../core/api/zod-issues';
import { CHANNELS, REGIMES, REQUESTER_RELATIONS, newRequestSchema } from '../../shared/requests';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';

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
  options: {
    regime: { type: 'string' },
    type: { type: 'string', multiple: true },
    received: { type: 'string' },
    channel: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    address: { type: 'string' },
    'requester-relation': { type: 'string' },
    'requester-name': { type: 'string' },
    'requester-email': { type: 'string' },
    under16: { type: 'boolean' },
    complex: { type: 'boolean' },
    description: { type: 'string' },
    system: { type: 'string', multiple: true },
    'confirm-old': { type: 'boolean' },
    client: { type: 'string' },
    'assist-by': { type: 'string' },
  },
  async run(ctx) {
    const v = ctx.values;
    const parsed = newRequestSchema.safeParse({
      regime: v.regime,
      types: v.type ?? [],
      receivedAt: v.received ?? new Date().toISOString(),
      channel: v.channel ?? 'email',
      subjectName: v.name,
      subjectEmail: v.email,
      subjectPhone: v.phone,
      subjectAddress: v.address,
      requesterRelation: v['requester-relation'] ?? 'self',
      requesterName: v['requester-name'],
      requesterEmail: v['requester-email'],
      under16: v.under16 === true,
      complex: v.complex === true,
      description: v.description ?? '',
      systems: v.system ?? [],
      ...(v['confirm-old'] === true ? { confirmOldReceipt: true } : {}),
      ...(typeof v.client === 'string' ? { processor: { clientId: v.client, assistBy: v['assist-by'] } } : {}),
    });
    if (v['assist-by'] !== undefined && typeof v.client !== 'string') throw new UsageError('--assist-by goes with --client: only a processor-side request has a client’s date');
    if (!parsed.success) throw new UsageError(describeZodError(parsed.error).message);
    const created = await withUnlockedVault(ctx, (session) => createRequest(session.db(), parsed.data, session.actor, new Date()));
    ctx.print(created, `Registered request ${created.reference}`);
  },
};
