import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { BreachSummary } from '../../shared/breaches';
import { processorOnlyBreaches } from '../clients/processor-only-breaches';
import { breachClocksOf } from '../clocks/breach-clocks-of';
import { readSettings } from '../settings/settings-service';
import { clockRunning } from './breach-clocks';

/**
 * How many open breaches have a clock of ours running (or run out) at `now`: the 72 hours to
 * the authority (Art. 33(1)) on a breach that touches our own data; on a breach that touches
 * only clients' data (processor capacity), the authority's clock is not ours, so it counts
 * while a client's notice (Art. 33(2)) or a NIS2 report is still owed.
 */
export async function countRunningBreaches(db: Kysely<Database>, summaries: readonly BreachSummary[], now: Date): Promise<number> {
  const processorOnly = await processorOnlyBreaches(db);
  const settings = processorOnly.size > 0 ? await readSettings(db) : null;
  let running = 0;
  for (const summary of summaries) {
    if (!processorOnly.has(summary.id)) {
      if (clockRunning(summary)) running += 1;
      continue;
    }
    if (settings === null) continue;
    const { clocks } = await breachClocksOf(db, summary, settings, now);
    if (clocks.some((c) => c.kind !== 'gdpr-authority' && c.doneAt === null && c.status !== 'waiting' && c.status !== 'not-required')) running += 1;
  }
  return running;
}
