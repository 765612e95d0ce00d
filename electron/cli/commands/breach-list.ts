import { describeZodError } from '../../core/api/zod-issues';
import { listBreaches } from '../../core/breaches/register';
import { BREACH_STATUSES, breachQuerySchema } from '../../shared/breaches';
import { UsageError, type Command } from '../command';
import { withWorkSession } from '../work-session';
import { breachLine } from './breach-format';

export const breachList: Command = {
  path: ['breach', 'list'],
  summary: 'List the breach register, latest awareness first, with the 72-hour clock',
  usage: 'breach list [--status S] [--search TEXT] [--limit N] --vault DIR [--json]',
  details: [`--status  ${BREACH_STATUSES.join(', ')} (repeatable)`, 'Lines marked !! are past the 72 hours without notice to the authority, ! have 24 hours or less left.'],
  options: { status: { type: 'string', multiple: true }, search: { type: 'string' }, limit: { type: 'string' } },
  async run(ctx) {
    const parsed = breachQuerySchema.safeParse({
      status: ctx.values.status,
      search: ctx.values.search,
      limit: ctx.values.limit === undefined ? 500 : Number(ctx.values.limit),
    });
    if (!parsed.success) throw new UsageError(describeZodError(parsed.error).message);
    const page = await withWorkSession(ctx, (session) => listBreaches(session.db(), parsed.data, new Date()));
    ctx.print(page, [
      `${page.total} breach(es)`,
      ...page.rows.map(breachLine),
      ...(page.total > page.rows.length ? [`… ${page.total - page.rows.length} more; use --limit`] : []),
    ]);
  },
};
