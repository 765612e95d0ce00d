import { calendarItems } from '../../core/calendar/calendar-items';
import { organisationToday } from '../../core/calendar/organisation-today';
import { addDays } from '../../core/deadlines';
import { DEADLINE_KINDS, type DeadlineKind } from '../../shared/calendar';
import { UsageError, type Command } from '../command';
import { withWorkSession } from '../work-session';
import { LANG_HELP, requireLangFlag } from '../cli-language';
import { vaultCliText } from '../cli-text';
import { deadlineLine, distanceText, kindText } from './deadlines-format';

/** `7d`, `2w` → days. */
export function parseWithin(text: string): number {
  const match = /^(\d{1,4})([dw])$/.exec(text.trim());
  if (!match) throw new UsageError(`--within: "${text}" is not a span such as 7d or 2w`);
  return Number(match[1]) * (match[2] === 'w' ? 7 : 1);
}

function parseKinds(values: unknown): DeadlineKind[] | undefined {
  if (values === undefined) return undefined;
  const list = (Array.isArray(values) ? values : [values]).map(String);
  for (const kind of list) {
    if (!(DEADLINE_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind: unknown kind "${kind}"; valid: ${DEADLINE_KINDS.join(', ')}`);
  }
  return list as DeadlineKind[];
}

/** `deadlines list`: the calendar of deadlines on the command line, overdue first. */
export const deadlinesList: Command = {
  path: ['deadlines', 'list'],
  summary: 'List deadlines: overdue first, then those due within a span (7 days by default)',
  usage: 'deadlines list [--within 7d] [--overdue] [--kind K] [--limit N] [--lang en|it] --vault DIR [--json]',
  details: [
    'Every deadline of the vault: request responses (the law\'s date and your own), acknowledgements,',
    'extension notices, breach 72-hour deadlines and retention reviews, in the organisation\'s zone.',
    '',
    '--within SPAN  due from today up to SPAN ahead: 7d, 14d, 2w (default 7d); overdue ones are listed too',
    '--overdue      only what is overdue',
    `--kind K       ${DEADLINE_KINDS.join(', ')} (repeatable)`,
    '--limit N      at most N lines (default 500)',
    LANG_HELP.trim(),
    '               (with --json, each item keeps its kind code and gains "text": kind, distance, in --lang)',
    '',
    'Lines marked !! are overdue. Breach deadlines show their time in the organisation\'s zone.',
  ],
  options: { within: { type: 'string' }, overdue: { type: 'boolean' }, kind: { type: 'string', multiple: true }, limit: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    requireLangFlag(ctx.values.lang);
    const days = typeof ctx.values.within === 'string' ? parseWithin(ctx.values.within) : 7;
    const kinds = parseKinds(ctx.values.kind);
    const limit = ctx.values.limit === undefined ? 500 : Number(ctx.values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 5000) throw new UsageError('--limit: give a whole number from 1 to 5000');
    const overdueOnly = ctx.values.overdue === true;
    const now = new Date();
    const { page, x } = await withWorkSession(ctx, async (session) => {
      const { today } = await organisationToday(session.db(), now);
      const result = await calendarItems(session.db(), { from: null, to: overdueOnly ? today : addDays(today, days), kinds, offset: 0, limit }, now);
      return { page: overdueOnly ? { ...result, items: result.items.filter((item) => item.overdue) } : result, x: await vaultCliText(ctx, session.db()) };
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
