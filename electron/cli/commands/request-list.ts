import { callChannel } from '../call-channel';
import { REQUEST_STATUSES } from '../../shared/requests';
import type { Command } from '../command';
import { summaryLine } from './request-format';

export const requestList: Command = {
  path: ['request', 'list'],
  summary: 'List requests, soonest deadline first',
  usage: 'request list [--status S] [--overdue] [--late legal|commitment] [--search TEXT] [--limit N] --vault DIR [--json]',
  details: [
    `--status  ${REQUEST_STATUSES.join(', ')} (repeatable)`,
    '--late    closed requests answered after the legal deadline, or after your own commitment',
    'Lines marked !! are past the legal deadline, ! past only your own commitment, L were answered late.',
  ],
  options: { status: { type: 'string', multiple: true }, overdue: { type: 'boolean' }, late: { type: 'string' }, search: { type: 'string' }, limit: { type: 'string' } },
  async run(ctx) {
    const page = await callChannel(ctx, 'requests.list', {
      status: ctx.values.status,
      overdue: ctx.values.overdue === true ? true : undefined,
      late: ctx.values.late,
      search: ctx.values.search,
      limit: ctx.values.limit === undefined ? 500 : Number(ctx.values.limit),
    });
    ctx.print(page, [
      `${page.total} request(s); today is ${page.today} (${page.timeZone})`,
      ...page.rows.map(summaryLine),
      ...(page.total > page.rows.length ? [`… ${page.total - page.rows.length} more; use --limit`] : []),
    ]);
  },
};
