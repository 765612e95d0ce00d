import { correctRequest } from '../../core/requests/correct-request';
import { getRequestDetail } from '../../core/requests/request-detail';
import { describeZodError } from '../../core/api/zod-issues';
import { CHANNELS, REQUESTER_RELATIONS, requestCorrectionSchema } from '../../shared/requests';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { detailLines } from './request-format';

const flag = (on: unknown, off: unknown): boolean | undefined => (on === true ? true : off === true ? false : undefined);

export const requestEdit: Command = {
  path: ['request', 'edit'],
  summary: 'Correct facts of a request, with the reason (old and new kept in its history; deadlines recomputed)',
  usage: 'request edit REF [--name N] [--email E] [--type T …] [--received ISO] [--channel C] [--description D] [--system S …] [options] --reason TEXT --vault DIR [--json]',
  details: [
    'Only the flags given change; the reference never changes.',
    '--type, --system   repeat for several; the list given replaces the old one',
    `--channel ${CHANNELS.join(', ')}; --requester-relation ${REQUESTER_RELATIONS.join(', ')}`,
    '--under16 / --not-under16, --complex / --not-complex, --phone, --address, --requester-name, --requester-email',
    '--confirm-old      accept a corrected receipt more than 90 days back',
  ],
  positionals: { min: 1, max: 1, names: ['REF'] },
  options: {
    reason: { type: 'string' },
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
    'not-under16': { type: 'boolean' },
    complex: { type: 'boolean' },
    'not-complex': { type: 'boolean' },
    description: { type: 'string' },
    system: { type: 'string', multiple: true },
    'confirm-old': { type: 'boolean' },
  },
  async run(ctx) {
    const v = ctx.values;
    const changes = Object.fromEntries(
      Object.entries({
        receivedAt: v.received,
        types: v.type,
        channel: v.channel,
        subjectName: v.name,
        subjectEmail: v.email,
        subjectPhone: v.phone,
        subjectAddress: v.address,
        requesterRelation: v['requester-relation'],
        requesterName: v['requester-name'],
        requesterEmail: v['requester-email'],
        under16: flag(v.under16, v['not-under16']),
        complex: flag(v.complex, v['not-complex']),
        description: v.description,
        systems: v.system,
      }).filter(([, value]) => value !== undefined),
    );
    const parsed = requestCorrectionSchema.safeParse({ changes, reason: v.reason ?? '', ...(v['confirm-old'] === true ? { confirmOldReceipt: true } : {}) });
    if (!parsed.success) throw new UsageError(describeZodError(parsed.error).message);
    const detail = await withUnlockedVault(ctx, async (session) => {
      const id = await correctRequest(session.db(), ctx.positionals[0] as string, parsed.data, session.actor, new Date());
      return getRequestDetail(session.db(), id, new Date());
    });
    ctx.print(detail, detailLines(detail));
  },
};
