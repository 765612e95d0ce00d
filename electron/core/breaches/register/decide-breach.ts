import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../../db/schema';
import type { decideBreachSchema } from '../../../shared/breaches';
import { AppError, fieldIssue } from '../../errors';
import type { TriageResult } from '../triage';
import { factNames, missingFacts } from './breach-facts-state';
import { decisionIssue, followsRecommendation } from './decision-rules';
import { readJson, readJsonOrNull } from './json-columns';
import { loadBreach, requireNotClosed } from './load-breach';
import { recordBreachEvent } from './record-breach-event';
import { throwIfIssues } from './throw-if-issues';
import { isInFuture } from '../../../shared/pure/future-instant';
import { msg } from '../../i18n';

export type ParsedDecision = z.output<typeof decideBreachSchema>;

/**
 * Records the DPO's own decision on notifying the authority and the people, with the
 * rationale, beside the triage's current recommendation (kept with the decision, so a later
 * change of facts shows the decision as stale rather than silently rewriting what it was
 * taken against). Needs complete facts. May be recorded again until the breach is closed;
 * each decision is audited (the rationale only as a hash) and kept in the case history.
 */
export async function decideBreach(db: Kysely<Database>, idOrReference: string, decision: ParsedDecision, actor: string, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const row = await loadBreach(trx, idOrReference);
    requireNotClosed(row);
    const recommendation = readJsonOrNull<TriageResult>(row.triage);
    if (!recommendation) {
      const missing = missingFacts(readJson(row.facts_draft));
      throw new AppError(
        'VALIDATION',
        msg('msg.error.breach.decideIncomplete', { missing: factNames(missing) }),
        missing.map((name) => fieldIssue(`facts.${name}`, msg('msg.error.required'))),
      );
    }
    const choice = { notifyAuthority: decision.notifyAuthority, notifySubjects: decision.notifySubjects, art34Exemption: decision.art34Exemption ?? null };
    const issue = decisionIssue(choice, recommendation);
    throwIfIssues(issue ? [issue] : []);
    const decidedAt = decision.decidedAt ?? now.toISOString();
    const when = Date.parse(decidedAt);
    if (isInFuture(when, now.getTime())) throwIfIssues([fieldIssue('decidedAt', msg('msg.error.breach.decisionInFuture'))]);
    if (when < Date.parse(row.aware_at)) throwIfIssues([fieldIssue('decidedAt', msg('msg.error.breach.decisionBeforeAware', { awareAt: row.aware_at }))]);
    await trx
      .updateTable('breaches')
      .set({
        dpo_notify_authority: choice.notifyAuthority ? 1 : 0,
        dpo_notify_subjects: choice.notifySubjects ? 1 : 0,
        dpo_decision_rationale: decision.rationale,
        art34_exemption: choice.art34Exemption,
        decision_recommendation: row.triage,
        decided_at: decidedAt,
        decided_by: actor,
        updated_at: now.toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    await recordBreachEvent(trx, {
      breachId: row.id,
      action: 'breach.decided',
      actor,
      at: now,
      reason: decision.rationale,
      facts: {
        decidedAt,
        notifyAuthority: choice.notifyAuthority,
        notifySubjects: choice.notifySubjects,
        art34Exemption: choice.art34Exemption,
        recommendation: {
          risk: recommendation.risk,
          severity: { score: recommendation.severity.score, level: recommendation.severity.level },
          notifyAuthority: recommendation.notifyAuthority,
          notifySubjects: recommendation.notifySubjects,
        },
        followsRecommendation: followsRecommendation(choice, recommendation),
      },
    });
    return row.id;
  });
}
