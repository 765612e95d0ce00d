import { performance } from 'node:perf_hooks';
import { CompiledQuery, type KyselyPlugin, type Kysely, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import type { Database } from '../../db/schema';
import { calendarItems } from '../../electron/core/calendar/calendar-items';
import { organisationToday } from '../../electron/core/calendar/organisation-today';
import { addDays } from '../../electron/core/deadlines';
import type { CalendarPage } from '../../electron/shared/calendar';
import { gridRange } from '../../renderer/features/deadlines/month-grid';

/** Keeps every query a service runs, to ask SQLite for its plan afterwards. */
class QueryCapture implements KyselyPlugin {
  readonly nodes: RootOperationNode[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.nodes.push(args.node);
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

const PAGE = 500;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** Reads a whole range page by page, as "Show more" does. */
async function readAll(db: Kysely<Database>, from: string | null, to: string, now: Date): Promise<{ first: CalendarPage; read: number }> {
  const first = await calendarItems(db, { from, to, offset: 0, limit: PAGE }, now);
  let read = first.items.length;
  for (let page = first; page.truncated; read += page.items.length) page = await calendarItems(db, { from, to, offset: read, limit: PAGE }, now);
  return { first, read };
}

/**
 * The Deadlines section on a seeded vault: the month grid (first page and every day's count),
 * the busiest day of the month read whole, and the agenda's overdue and next-60-days lists.
 * Checks that the per-day counts add up to the total and that a day's list holds as many
 * items as its count says; and reports, for every query the grid runs, whether SQLite
 * searches requests through an index or scans the table.
 */
export async function calendarWorkload(db: Kysely<Database>): Promise<Record<string, number>> {
  const now = new Date();
  const { today } = await organisationToday(db, now);
  const grid = gridRange(today.slice(0, 7));
  await calendarItems(db, { ...grid, offset: 0, limit: PAGE }, now);
  const month = await timed(() => calendarItems(db, { ...grid, offset: 0, limit: PAGE }, now));
  const counted = Object.values(month.value.days).reduce((sum, n) => sum + n, 0);
  const [busiest, busiestCount] = Object.entries(month.value.days).sort(([, a], [, b]) => b - a)[0] ?? [today, 0];
  const day = await timed(() => readAll(db, busiest, busiest, now));
  const overdue = await timed(() => calendarItems(db, { from: null, to: addDays(today, -1), offset: 0, limit: PAGE }, now));
  const ahead = await timed(() => calendarItems(db, { from: today, to: addDays(today, 60), offset: 0, limit: PAGE }, now));

  const capture = new QueryCapture();
  await calendarItems(db.withPlugin(capture), { ...grid, offset: 0, limit: PAGE }, now);
  let scans = 0;
  let searches = 0;
  for (const node of capture.nodes) {
    const compiled = db.getExecutor().compileQuery(node, { queryId: 'plan' });
    const plan = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]));
    const details = plan.rows.map((r) => r.detail);
    if (!compiled.sql.includes('from "requests"')) continue;
    if (details.some((d) => /^SCAN requests\b/.test(d))) {
      scans += 1;
      process.stderr.write(`full scan: ${compiled.sql}\n  ${details.join('\n  ')}\n`);
    } else searches += 1;
  }
  return {
    'calendar.monthMs': month.ms,
    'calendar.monthTotal': month.value.total,
    'calendar.monthDaysAddUp': counted === month.value.total ? 1 : 0,
    'calendar.busiestDayCount': busiestCount,
    'calendar.busiestDayRead': day.value.read,
    'calendar.busiestDayMs': day.ms,
    'calendar.agendaOverdueMs': overdue.ms,
    'calendar.agendaOverdueTotal': overdue.value.total,
    'calendar.agendaAheadMs': ahead.ms,
    'calendar.agendaAheadTotal': ahead.value.total,
    'calendar.requestQueriesByIndex': searches,
    'calendar.requestQueriesScanning': scans,
  };
}
