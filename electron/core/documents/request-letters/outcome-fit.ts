import { civilDateInZone } from '../../deadlines';
import type { RequestDetail } from '../../../shared/requests';
import type { DocumentKind } from '../../../shared/document-contract';
import { msg, type Message } from '../../i18n';

/** Letters that say the right was granted: nothing to confirm on a request refused or on data not held (review 6, F15). */
const CONFIRMS_ACTION: readonly DocumentKind[] = [
  'access-response',
  'access-partial',
  'portability-response',
  'erasure-confirmation',
  'rectification-confirmation',
  'restriction-confirmation',
  'objection-confirmation',
  'opt-out-confirmation',
  'withdrawal-confirmation',
  'pipeda-response',
  'fadp-response',
];

/** Letters with no partial wording: they answer as met in full, never a request closed as partly fulfilled (review 6, F14). */
const FULL_ONLY: readonly DocumentKind[] = ['access-response', 'restriction-confirmation', 'opt-out-confirmation', 'withdrawal-confirmation'];

/** Letters that deny the request: nothing to deny on one the register records as met in full (review 6, F15, its last sentence). */
const DENIES: Partial<Record<DocumentKind, DocumentKind>> = { 'ccpa-denial': 'ccpa-response', 'lgpd-reply': 'lgpd-declaration', 'pipeda-refusal': 'pipeda-response', 'fadp-refusal': 'fadp-response' };

/** The letter that answers a refusal under the request's law, when there is one for its types. */
function refusalLetter(detail: RequestDetail): DocumentKind | null {
  // LGPD: the reply with the reasons of fact or law (Art. 18, § 4, II).
  if (detail.regime === 'lgpd') return 'lgpd-reply';
  // PIPEDA: the refusal in writing with its reasons and the recourse (s. 8(7)).
  if (detail.regime === 'pipeda') return 'pipeda-refusal';
  // FADP: the refusal stating why the information is refused or restricted (Art. 26(4)).
  if (detail.regime === 'ch-fadp') return 'fadp-refusal';
  if (detail.regime !== 'ccpa') return 'refusal';
  return detail.types.some((t) => t === 'know' || t === 'delete' || t === 'correct') ? 'ccpa-denial' : null;
}

/**
 * Why a letter contradicts the outcome the register records for the request, naming the
 * outcome, the day it was recorded and the letter that fits; null when it does not: a
 * confirmation on a request refused or on data not held, a full answer on one partly
 * fulfilled (Art. 12(4) GDPR wants the part not acted on, the reasons and both remedies); a
 * denial on a request met in full (the CCPA response is the letter that fits). A denial of a
 * part stays open to a request partly fulfilled: it has its words for that.
 */
export function outcomeMisfit(detail: RequestDetail, kind: DocumentKind): Message | null {
  if (detail.outcome === null || detail.closedAt === null) return null;
  const closedOn = civilDateInZone(detail.closedAt, detail.timeZone);
  const facts = { kind, reference: detail.reference, closedOn };
  const answer = DENIES[kind];
  if (detail.outcome === 'fulfilled' && answer !== undefined) return msg('msg.error.letter.outcomeFulfilled', { ...facts, fits: answer });
  if (detail.outcome === 'refused' && (CONFIRMS_ACTION.includes(kind) || kind === 'lgpd-declaration')) {
    const fits = refusalLetter(detail);
    return fits ? msg('msg.error.letter.outcomeRefused', { ...facts, fits }) : msg('msg.error.letter.outcomeRefusedNoLetter', facts);
  }
  if (detail.outcome === 'no-data-held' && CONFIRMS_ACTION.includes(kind)) {
    return detail.regime === 'gdpr' || detail.regime === 'uk-gdpr' ? msg('msg.error.letter.outcomeNoData', facts) : msg('msg.error.letter.outcomeNoDataNoLetter', facts);
  }
  if (detail.outcome === 'partially-fulfilled' && FULL_ONLY.includes(kind)) {
    return kind === 'access-response' ? msg('msg.error.letter.outcomePartialAccess', facts) : msg('msg.error.letter.outcomePartialNoVariant', facts);
  }
  return null;
}

/** The day a confirmation says the action was taken starts from the closing only when the request was granted, in full or in part. */
export function grantedOn(detail: RequestDetail): string | null {
  const granted = detail.outcome === 'fulfilled' || detail.outcome === 'partially-fulfilled';
  return granted && detail.closedAt ? civilDateInZone(detail.closedAt, detail.timeZone) : null;
}
