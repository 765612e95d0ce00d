import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { BreachDecision } from '../../../shared/breach-results';
import { getBreachDetail } from '../../breaches/register/breach-detail';
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

/** Why a breach was not notified to the authority, as the register records it; a gap is said, not hidden. */
function whyNotNotified(decision: BreachDecision | null, w: ReportWords): string | null {
  if (!decision || decision.notifyAuthority) return null;
  const reason = decision.rationale.trim();
  return reason === '' ? w.t('reasonNotRecorded') : w.t('notNotifiedBecause', { 'breach.reason': reason });
}

/**
 * The effects and remedial action of each breach, by id, in the report's language: the
 * consequences the notices would state (from the breach's own data categories and kind of
 * loss, never a fixed list) and the steps on its timeline, dated in the report's zone.
 * "Not assessed yet" / "None recorded" where the register holds nothing, so a gap shows.
 */
export async function breachEffects(db: Kysely<Database>, ids: readonly string[], labels: BreachLabels, w: ReportWords, timeZone: string, now: Date): Promise<Map<string, BreachEffects>> {
  const words = breachWords(labels, w.language);
  const result = new Map<string, BreachEffects>();
  for (const id of ids) {
    const detail = await getBreachDetail(db, id, now);
    const steps = detail.actions.map((a) => `${civilDateInZone(a.at, timeZone)}: ${a.text}`);
    result.set(id, {
      effects: consequencesText(detail, words, false) ?? w.t('effectsUnknown'),
      remedialAction: steps.length > 0 ? steps.join('\n') : w.t('noRemedialAction'),
      whyNotNotified: whyNotNotified(detail.decision, w),
    });
  }
  return result;
}
