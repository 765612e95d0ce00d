import { acknowledgeRequest } from '../../core/requests/acknowledge-request';
import { getRequestDetail } from '../../core/requests/request-detail';
import { describeZodError } from '../../core/api/zod-issues';
import { CHANNELS, acknowledgementSchema } from '../../shared/requests';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { detailLines } from './request-format';

export const requestAcknowledge: Command = {
  path: ['request', 'acknowledge'],
  summary: 'Record that receipt of a request was acknowledged (when, how, with which letter)',
  usage: 'request acknowledge REF [--at ISO] [--channel C] [--document ID] --vault DIR [--json]',
  details: ['--at       when it was acknowledged, ISO 8601 with offset (default: now)', `--channel  ${CHANNELS.join(', ')} (default: email)`, '--document the id of the finalised acknowledgement letter'],
  positionals: { min: 1, max: 1, names: ['REF'] },
  options: { at: { type: 'string' }, channel: { type: 'string' }, document: { type: 'string' } },
  async run(ctx) {
    const v = ctx.values;
    const parsed = acknowledgementSchema.safeParse({
      channel: v.channel ?? 'email',
      ...(v.at !== undefined ? { at: v.at } : {}),
      ...(v.document !== undefined ? { documentId: v.document } : {}),
    });
    if (!parsed.success) throw new UsageError(describeZodError(parsed.error).message);
    const detail = await withUnlockedVault(ctx, async (session) => {
      const id = await acknowledgeRequest(session.db(), ctx.positionals[0] as string, parsed.data, session.actor, new Date());
      return getRequestDetail(session.db(), id, new Date());
    });
    ctx.print(detail, detailLines(detail));
  },
};
