import { formatCivilDate } from '../../shared/pure/i18n/format';
import { callChannelWithText } from '../call-channel';
import { REQUEST_STATUSES } from '../../shared/requests';
import type { Command } from '../command';
import { summaryLine } from './request-format';

export const requestList: Command = {
  path: ['request', 'list'],
  helpParams: { statuses: REQUEST_STATUSES.join(', ') },
  usage: 'request list [--status S] [--overdue] [--late legal|commitment] [--search TEXT] [--limit N] --vault DIR [--json]',
  options: { status: { type: 'string', multiple: true }, overdue: { type: 'boolean' }, late: { type: 'string' }, search: { type: 'string' }, limit: { type: 'string' } },
  async run(ctx) {
    const { value: page, x } = await callChannelWithText(ctx, 'requests.list', {
      status: ctx.values.status,
      overdue: ctx.values.overdue === true ? true : undefined,
      late: ctx.values.late,
      search: ctx.values.search,
      limit: ctx.values.limit === undefined ? 500 : Number(ctx.values.limit),
    });
    ctx.print(page, [
      x.t('msg.cli.requestList.header', { requests: x.t('msg.cli.count.requests', { count: page.total }), today: formatCivilDate(page.today, x.language), zone: page.timeZone }),
      ...page.rows.map((row) => summaryLine(row, x, page.today)),
      ...(page.total > page.rows.length ? [x.t('msg.cli.more', { count: page.total - page.rows.length })] : []),
    ]);
  },
};
