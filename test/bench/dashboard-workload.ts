import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { upsertSetting } from '../../db/repositories/settings-repo';
import { authorityDeadline } from '../../electron/shared/pure/breach-clock';
import { getDashboard } from '../../electron/core/dashboard/build-dashboard';
import { PREFERENCES_KEY } from '../../electron/core/reminders/deadline-preferences';
import { DEFAULT_DEADLINE_PREFERENCES } from '../../electron/shared/reminders';

const HOUR_MS = 3_600_000;
const OPEN_STATUSES = ['open', 'assessed', 'notified'] as const;

/**
 * Adds `count` breaches to a seeded vault: one in ten still open (aware in the last five
 * days, so some clocks run and some are past), the rest closed over two years; and a
 * retention period, so the dashboard also counts closed cases to propose.
 */
async function seedBreaches(db: Kysely<Database>, count: number, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const open = i % 10 === 0;
      const aware = new Date(now.getTime() - (open ? (i % 120) + 1 : 24 * ((i % 730) + 5)) * HOUR_MS);
      const awareAt = aware.toISOString();
      await trx
        .insertInto('breaches')
        .values({
          id: randomUUID(),
          reference: `B-${aware.getUTCFullYear()}-${String(i + 1).padStart(4, '0')}-bench`,
          ref_year: aware.getUTCFullYear(),
          ref_seq: i + 1,
          title: `Bench breach ${i}`,
          cause: 'human-error',
          description: '',
          discovered_at: null,
          aware_at: awareAt,
          aware_utc: awareAt,
          authority_deadline: authorityDeadline(awareAt),
          occurred_from: null,
          occurred_to: null,
          systems: '[]',
          subject_categories: '[]',
          records_count: null,
          cross_border: '[]',
          other_authorities: '[]',
          processors: '[]',
          facts_draft: '{}',
          facts: null,
          triage: null,
          severity_level: null,
          severity_score: null,
          risk: null,
          status: open ? (OPEN_STATUSES[i % 3] ?? 'open') : 'closed',
          dpo_notify_authority: null,
          dpo_notify_subjects: null,
          dpo_decision_rationale: null,
          art34_exemption: null,
          decision_recommendation: null,
          decided_at: null,
          decided_by: null,
          closed_at: open ? null : new Date(aware.getTime() + 30 * 24 * HOUR_MS).toISOString(),
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    await upsertSetting(trx, PREFERENCES_KEY, { ...DEFAULT_DEADLINE_PREFERENCES, closedCaseRetentionMonths: 12 }, at);
  });
}

/**
 * The morning view on the seeded vault plus `breaches` breaches: the whole `dashboard.get`
 * (breach clocks, six request lists with their counts, reviews, retention proposals, the
 * trend, unread notifications). Median of 15 runs after a warm-up.
 */
export async function dashboardWorkload(db: Kysely<Database>, breaches: number): Promise<{ loadMs: number }> {
  const now = new Date();
  await seedBreaches(db, breaches, now);
  await getDashboard(db, now);
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    await getDashboard(db, now);
    times.push(performance.now() - start);
  }
  return { loadMs: times.sort((a, b) => a - b)[7] as number };
}
