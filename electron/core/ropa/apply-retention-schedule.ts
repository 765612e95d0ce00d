import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Activity, RetentionScheduleResult } from '../../shared/registers';
import { appendAuditEvent } from '../audit/append-audit-event';
import { writeRetentionRule, type ParsedRetentionRule } from '../retention/retention-rules';
import { listActivities } from './activities';
import { LEGAL_BASIS_LABELS } from './register-labels';
import { parseRetentionPeriod } from './retention-period';

type Language = 'en' | 'it';

/** The retention rule an activity's schedule states, or null when its text states no period. */
function ruleOf(activity: Activity, language: Language): ParsedRetentionRule | null {
  const period = parseRetentionPeriod(activity.retention);
  if (!period) return null;
  const bases = [...new Set(activity.purposes.map((p) => LEGAL_BASIS_LABELS[p.legalBasis][language]))];
  const none = language === 'it' ? 'base giuridica da indicare nel registro' : 'legal basis to be stated in the register';
  return {
    category: `${activity.reference} ${activity.name}`.slice(0, 200),
    periodCount: period.count,
    periodUnit: period.unit,
    trigger: period.trigger,
    triggerNote: activity.retention.slice(0, 500),
    legalBasis: (bases.join('; ') || none).slice(0, 1000),
    reviewEveryMonths: activity.reviewEveryMonths,
    firstReview: activity.nextReview,
  };
}

/**
 * The register's retention schedule feeds the retention rules: each activity whose retention
 * text states a period in months or years gets a rule (category = the activity, period and
 * trigger read from the text, the text kept as the trigger's note, the purposes' legal bases,
 * the activity's review dates), and the activity is linked to it. An activity already linked
 * updates its rule when the schedule changed. All in one transaction, each write audited.
 */
export async function applyRetentionSchedule(db: Kysely<Database>, language: Language, today: string, actor: string, now: Date): Promise<RetentionScheduleResult> {
  const result: RetentionScheduleResult = { created: 0, updated: 0, unchanged: 0, unparsed: [] };
  await db.transaction().execute(async (trx) => {
    for (const activity of await listActivities(trx)) {
      if (activity.retention.trim() === '') continue;
      const rule = ruleOf(activity, language);
      if (!rule) {
        result.unparsed.push({ id: activity.id, reference: activity.reference, name: activity.name, retention: activity.retention });
        continue;
      }
      const current = activity.retentionRuleId ? await trx.selectFrom('retention_rules').selectAll().where('id', '=', activity.retentionRuleId).executeTakeFirst() : undefined;
      if (current && current.period_count === rule.periodCount && current.period_unit === rule.periodUnit && current.trigger === rule.trigger && current.trigger_note === rule.triggerNote && current.category === rule.category) {
        result.unchanged += 1;
        continue;
      }
      const saved = await writeRetentionRule(trx, current?.id, current ? { ...rule, firstReview: undefined } : rule, today, actor, now);
      if (current) {
        result.updated += 1;
        continue;
      }
      result.created += 1;
      await trx.updateTable('register_activities').set({ retention_rule_id: saved.id, updated_at: now.toISOString() }).where('id', '=', activity.id).execute();
      await appendAuditEvent(
        trx,
        { actor, action: 'register.retention-rule-linked', entityType: 'register-activity', entityId: activity.id, data: { reference: activity.reference, retentionRuleId: saved.id } },
        now,
      );
    }
  });
  return result;
}
