import type { Kysely } from 'kysely';
import type { BreachRow, Database } from '../../../../db/schema';
import type { BreachFactsDraft } from '../../../shared/breaches';
import { readJson } from '../../breaches/register/json-columns';
import { civilDateInZone } from '../../deadlines';
import type { BreachLabels } from '../../documents/breach-notices/breach-labels-schema';
import { consequencesText, dataUnintelligible } from '../../documents/breach-notices/breach-input-defaults';
import { breachWords, type BreachWords } from '../../documents/breach-notices/breach-phrases';
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
type DecisionColumns = Pick<BreachRow, 'dpo_notify_authority' | 'dpo_notify_subjects' | 'decision_recommendation' | 'dpo_decision_rationale' | 'art34_exemption'>;

/** Why a breach was not notified to the authority, as the register records it; a gap is said, not hidden. */
function whyNotNotified(decision: DecisionColumns, w: ReportWords): string | null {
  // As the breach's page reads it: a decision is recorded once both choices and the recommendation they answer are.
  if (decision.dpo_notify_authority === null || decision.dpo_notify_subjects === null || decision.decision_recommendation === null) return null;
  if (decision.dpo_notify_authority === 1) return null;
  const reason = (decision.dpo_decision_rationale ?? '').trim();
  return reason === '' ? w.t('reasonNotRecorded') : w.t('notNotifiedBecause', { 'breach.reason': reason });
}

/**
 * The effects as the register records them for the decision taken. Data recorded as unintelligible (encrypted, the
 * key safe; or the Art. 34(3)(a) ground), unless the decision is to tell the people: "none expected" for that fact,
 * as the notice to the people says, with no list of what misuse could bring (review 7, G10). A breach the DPO decided
 * not to notify, with a reason, is one judged unlikely to result in a risk (Art. 33(1)): its effects are "none
 * expected", pointing to that reason (printed beside the decision), and what misuse could have caused is said as such,
 * not as the breach's effects (which would contradict the decision on the same row; lawyer review 4, D5). Otherwise
 * the consequences the notices would state.
 */
function effectsOf(decision: DecisionColumns, draft: BreachFactsDraft, possible: string | null, w: ReportWords, words: BreachWords): string {
  if (decision.dpo_notify_subjects !== 1 && dataUnintelligible(draft, decision.art34_exemption)) {
    return w.t('effectsEncrypted', { 'breach.misuse': words.phrase(draft.misuseObserved ? 'misuseObserved' : 'noMisuseObserved') });
  }
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
      .select(['id', 'facts_draft', 'dpo_notify_authority', 'dpo_notify_subjects', 'decision_recommendation', 'dpo_decision_rationale', 'art34_exemption'])
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
      const draft = readJson<BreachFactsDraft>(row.facts_draft);
      const possible = consequencesText({ facts: { draft } }, words, false);
      result.set(row.id, {
        effects: effectsOf(row, draft, possible, w, words),
        remedialAction: done.length > 0 ? done.join('\n') : w.t('noRemedialAction'),
        whyNotNotified: whyNotNotified(row, w),
      });
    }
  }
  return result;
}
