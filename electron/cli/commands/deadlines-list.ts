import { calendarItems } from '../../core/calendar/calendar-items';
import { organisationToday } from '../../core/calendar/organisation-today';
import { addDays } from '../../core/deadlines';
import { DEADLINE_KINDS, type DeadlineKind } from '../../shared/calendar';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { requireLangFlag } from '../cli-language';
import { vaultCliText } from '../cli-text';
import { deadlineLine, distanceText, kindText } from './deadlines-format';
import { msg } from '../../core/i18n';

/** `7d`, `2w` → days. */
export function parseWithin(text: string): number {
  const match = /^(\d{1,4})([dw])$/.exec(text.trim());
  if (!match) throw new UsageError(msg('msg.cli.usage.within', { text }));
  return Number(match[1]) * (match[2] === 'w' ? 7 : 1);
}

function parseKinds(values: unknown): DeadlineKind[] | undefined {
  if (values === undefined) return undefined;
  const list = (Array.isArray(values) ? values : [values]).map(String);
  for (const kind of list) {
    if (!(DEADLINE_KINDS as readonly string[]).includes(kind)) throw new UsageError(msg('msg.cli.usage.unknownKind', { kind, valid: DEADLINE_KINDS.join(', ') }));
  }
  return list as DeadlineKind[];
}

/** `deadlines list`: the calendar of deadlines on the command line, overdue first. */
export const deadlinesList: Command = {
  path: ['deadlines', 'list'],
  helpParams: { kinds: DEADLINE_KINDS.join(', ') },
  usage: 'deadlines list [--within 7d] [--overdue] [--kind K] [--limit N] [--lang en|it] --vault DIR [--json]',
  options: { within: { type: 'string' }, overdue: { type: 'boolean' }, kind: { type: 'string', multiple: true }, limit: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    requireLangFlag(ctx.values.lang);
    const days = typeof ctx.values.within === 'string' ? parseWithin(ctx.values.within) : 7;
    const kinds = parseKinds(ctx.values.kind);
    const limit = ctx.values.limit === undefined ? 500 : Number(ctx.values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 5000) throw new UsageError(msg('msg.cli.usage.limit'));
    const overdueOnly = ctx.values.overdue === true;
    const now = new Date();
    const { page, x } = await withUnlockedVault(ctx, async (session) => {
      const x = await vaultCliText(ctx, session.db());
      const { today } = await organisationToday(session.db(), now);
      const result = await calendarItems(session.db(), { from: null, to: overdueOnly ? today : addDays(today, days), kinds, offset: 0, limit }, now);
      return { page: overdueOnly ? { ...result, items: result.items.filter((item) => item.overdue) } : result, x };
    });
    const header = overdueOnly
      ? x.t('msg.cli.deadlines.headerOverdue', { count: page.items.length, today: page.today, zone: page.timeZone })
      : x.t('msg.cli.deadlines.header', { count: page.items.length, days, today: page.today, zone: page.timeZone });
    const items = page.items.map((item) => ({ ...item, text: { kind: kindText(item, x), distance: distanceText(item, page.today, now, x) } }));
    ctx.print({ ...page, items, language: x.language, text: { header } }, [
      header,
      ...page.items.map((item) => deadlineLine(item, page.today, now, page.timeZone, x)),
      ...(page.truncated ? [x.t('msg.cli.deadlines.more')] : []),
    ]);
  },
};
