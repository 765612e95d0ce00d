import type { Kysely } from 'kysely';
import type { BreachRow, Database } from '../../../../db/schema';
import type { BreachFactsDraft } from '../../../shared/breaches';
import { readJson } from '../../breaches/register/json-columns';
import { civilDateInZone } from '../../deadlines';
import type { BreachLabels } from '../../documents/breach-notices/breach-labels-schema';
import { consequencesText } from '../../documents/breach-notices/breach-input-defaults';
import { breachWords } from '../../documents/breach-notices/breach-phrases';
import type { ReportWords } from './report-words';

/** What Art. 33(5) asks the register to document of a breach besides its facts. */
export interface BreachEffects {
  /** Its effects: the likely consequences for the people, and whether misuse has been seen. */
  effects: string;
  /** The remedial action taken: each containment or remediation step with its date, one a line. */
  remedialAction: string;
  /** For a breach the DPO decided not to notify to the authority: why (Art. 33(5)), or that no reason is recorded; null otherwise. */
  whyNotNotified: string | null;
}

/** The columns that record the DPO's decision on notifying. */
type DecisionColumns = Pick<BreachRow, 'dpo_notify_authority' | 'dpo_notify_subjects' | 'decision_recommendation' | 'dpo_decision_rationale'>;

/** Why a breach was not notified to the authority, as the register records it; a gap is said, not hidden. */
function whyNotNotified(decision: DecisionColumns, w: ReportWords): string | null {
  // As the breach's page reads it: a decision is recorded once both choices and the recommendation they answer are.
  if (decision.dpo_notify_authority === null || decision.dpo_notify_subjects === null || decision.decision_recommendation === null) return null;
  if (decision.dpo_notify_authority === 1) return null;
  const reason = (decision.dpo_decision_rationale ?? '').trim();
  return reason === '' ? w.t('reasonNotRecorded') : w.t('notNotifiedBecause', { 'breach.reason': reason });
}

/**
 * The effects as the register records them for the decision taken. A breach the DPO decided not to notify, with a
 * reason, is one judged unlikely to result in a risk (Art. 33(1)): its effects are "none expected", pointing to that
 * reason (printed beside the decision), and what misuse could have caused is said as such, not as the breach's effects (which would contradict the
 * decision on the same row; lawyer review 4, D5). Otherwise the consequences the notices would state.
 */
function effectsOf(decision: DecisionColumns, possible: string | null, w: ReportWords): string {
  const reason = (decision.dpo_decision_rationale ?? '').trim();
  if (whyNotNotified(decision, w) === null || reason === '') return possible ?? w.t('effectsUnknown');
  const effects = possible ?? w.t('effectsUnknown');
  return w.t('effectsNotExpected', { 'breach.effects': effects.charAt(0).toLocaleLowerCase(w.language) + effects.slice(1) });
}

/** Ids per query, well under SQLite's limit on bound parameters. */
const CHUNK = 500;

/**
 * The effects and remedial action of each breach, by id, in the report's language: the
 * consequences the notices would state (from the breach's own data categories and kind of
 * loss, never a fixed list) and the steps on its timeline, dated in the report's zone.
 * "Not assessed yet" / "None recorded" where the register holds nothing, so a gap shows.
 * Read with one query on the breaches and one on their actions (per 500 breaches), not one
 * breach at a time.
 */
export async function breachEffects(db: Kysely<Database>, ids: readonly string[], labels: BreachLabels, w: ReportWords, timeZone: string): Promise<Map<string, BreachEffects>> {
  const words = breachWords(labels, w.language);
  const result = new Map<string, BreachEffects>();
  for (let from = 0; from < ids.length; from += CHUNK) {
    const chunk = ids.slice(from, from + CHUNK);
    const rows = await db
      .selectFrom('breaches')
      .select(['id', 'facts_draft', 'dpo_notify_authority', 'dpo_notify_subjects', 'decision_recommendation', 'dpo_decision_rationale'])
      .where('id', 'in', chunk)
      .execute();
    const actions = await db.selectFrom('breach_actions').select(['breach_id', 'at', 'text']).where('breach_id', 'in', chunk).orderBy('at').orderBy('id').execute();
    const steps = new Map<string, string[]>();
    for (const a of actions) {
      const step = `${civilDateInZone(a.at, timeZone)}: ${a.text}`;
      const list = steps.get(a.breach_id);
      if (list) list.push(step);
      else steps.set(a.breach_id, [step]);
    }
    for (const row of rows) {
      const done = steps.get(row.id) ?? [];
      const possible = consequencesText({ facts: { draft: readJson<BreachFactsDraft>(row.facts_draft) } }, words, false);
      result.set(row.id, {
        effects: effectsOf(row, possible, w),
        remedialAction: done.length > 0 ? done.join('\n') : w.t('noRemedialAction'),
        whyNotNotified: whyNotNotified(row, w),
      });
    }
  }
  return result;
}
