import type { BreachDetail } from '../../../shared/breaches';
import type { BreachWords } from './breach-phrases';
import { formatInstant } from './format-instant';
import type { NoticeMoment } from './notice-moment';

/**
 * When the register shows the breach contained, as of a notice's own date and instant: the
 * last containment step recorded on the timeline by then (the steps are the DPO's record of
 * what stopped it), or null when none is.
 */
export function containedAt(detail: Pick<BreachDetail, 'actions'>, moment: Pick<NoticeMoment, 'happened'>): string | null {
  const steps = detail.actions.filter((a) => a.kind === 'containment' && moment.happened(a.at)).map((a) => a.at);
  return steps.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) ?? null;
}

/**
 * Whether the breach is still ongoing, from what the register holds by the notice's moment
 * (Art. 33(3)(a) with the Garante's model, Provv. 157/2019: "se la violazione è ancora in
 * corso"): its recorded end ("No: it ended on …"), else its last containment step ("No:
 * contained on …"); null when the register records neither, so the notice says "not yet known"
 * and the facts-not-yet-known caution names it. The register holds no "still ongoing" flag, so
 * "Yes" is the DPO's to say. One derivation for every notice that prints it: the authority
 * notification, the notice to a client (Art. 33(2)) and the NIS2 report (review 4, D9, D34).
 */
export function ongoingFromRegister(detail: Pick<BreachDetail, 'actions' | 'occurredTo' | 'timeZone'>, moment: Pick<NoticeMoment, 'happened'>, w: BreachWords): string | null {
  if (detail.occurredTo && moment.happened(detail.occurredTo)) return w.phrase('ended', { 'period.to': formatInstant(detail.occurredTo, detail.timeZone, w.language) });
  const contained = containedAt(detail, moment);
  return contained ? w.phrase('contained', { 'period.to': formatInstant(contained, detail.timeZone, w.language) }) : null;
}
