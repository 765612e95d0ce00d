import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { SummaryCounts } from '../../shared/notifications';
import { groupWindow } from './request-filters';
import { openBreachSummaries } from './breach-clocks';
import { countRunningBreaches } from './running-breaches';
import { countGroup } from './request-groups';
import { reviewsDue } from './reviews-due';

/** The daily summary's figures: the same filters as the dashboard's lists, counted. */
export async function summaryCounts(db: Kysely<Database>, today: string, now: Date): Promise<SummaryCounts> {
  const window = groupWindow(today);
  const [breaches, overdue, pastCommitment, dueToday, dueThisWeek, acknowledgements, extensionNotices, reviews] = await Promise.all([
    openBreachSummaries(db, now),
    countGroup(db, 'overdue', window),
    countGroup(db, 'pastCommitment', window),
    countGroup(db, 'dueToday', window),
    countGroup(db, 'dueThisWeek', window),
    countGroup(db, 'acknowledgements', window),
    countGroup(db, 'extensionNotices', window),
    reviewsDue(db, today, 0),
  ]);
  return {
    breachesRunning: await countRunningBreaches(db, breaches.summaries, now),
    overdue,
    pastCommitment,
    dueToday,
    dueThisWeek,
    acknowledgements,
    extensionNotices,
    reviews: reviews.total,
  };
}

/** What "needs attention" counts: breaches with a clock of ours running (the clients' and NIS2 ones on a processor-only breach), and requests overdue, past the organisation's commitment or due today. */
export function attentionCount(counts: SummaryCounts): number {
  return counts.breachesRunning + counts.overdue + counts.pastCommitment + counts.dueToday;
}
