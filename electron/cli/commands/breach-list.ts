import { describeZodError, firstIssue } from '../../core/api/zod-issues';
import { listBreaches } from '../../core/breaches/register';
import { BREACH_STATUSES, breachQuerySchema } from '../../shared/breaches';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { breachLine } from './breach-format';
import { inVaultLanguage } from '../cli-text';

export const breachList: Command = {
  path: ['breach', 'list'],
  helpParams: { statuses: BREACH_STATUSES.join(', ') },
  usage: 'breach list [--status S] [--search TEXT] [--limit N] --vault DIR [--json]',
  options: { status: { type: 'string', multiple: true }, search: { type: 'string' }, limit: { type: 'string' } },
  async run(ctx) {
    const parsed = breachQuerySchema.safeParse({
      status: ctx.values.status,
      search: ctx.values.search,
      limit: ctx.values.limit === undefined ? 500 : Number(ctx.values.limit),
    });
    if (!parsed.success) throw new UsageError(firstIssue(describeZodError(parsed.error).issues));
    const page = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), () => listBreaches(session.db(), parsed.data, new Date())));
    const x = ctx.text();
    ctx.print(page, [
      x.t('msg.cli.count.breaches', { count: page.total }),
      ...page.rows.map((row) => breachLine(row, x)),
      ...(page.total > page.rows.length ? [x.t('msg.cli.more', { count: page.total - page.rows.length })] : []),
    ]);
  },
};
