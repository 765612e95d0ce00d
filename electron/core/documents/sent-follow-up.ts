import type { RefusalGround, RequestChannel, RequestOutcome } from '../../shared/requests';
import type { DispatchChannel, SentFollowUp } from '../../shared/document-contract';

/**
 * The outcome each decision letter gives the request it answers. A refusal takes the ground
 * already recorded on the request; a CCPA denial's ground (identity not verified, an
 * exemption…) is the DPO's to choose. "No data held" is an answer, not a refusal (Art.
 * 15(1)): it has its own outcome, which the reports count on their own line.
 */
const DECISIONS: Record<string, { outcome: RequestOutcome; refusalGround: RefusalGround | null }> = {
  'access-response': { outcome: 'fulfilled', refusalGround: null },
  'access-partial': { outcome: 'partially-fulfilled', refusalGround: null },
  'portability-response': { outcome: 'fulfilled', refusalGround: null },
  'no-data-held': { outcome: 'no-data-held', refusalGround: null },
  'erasure-confirmation': { outcome: 'fulfilled', refusalGround: null },
  'rectification-confirmation': { outcome: 'fulfilled', refusalGround: null },
  'restriction-confirmation': { outcome: 'fulfilled', refusalGround: null },
  'objection-confirmation': { outcome: 'fulfilled', refusalGround: null },
  'opt-out-confirmation': { outcome: 'fulfilled', refusalGround: null },
  'withdrawal-confirmation': { outcome: 'fulfilled', refusalGround: null },
  'ccpa-response': { outcome: 'fulfilled', refusalGround: null },
  // The answers under the other laws close the request as the GDPR responses do: the LGPD declaration (Art. 19, II), the PIPEDA and FADP responses and refusals (PIPEDA s. 8(3), 8(7); FADP Arts 25, 26(4)).
  'lgpd-declaration': { outcome: 'fulfilled', refusalGround: null },
  'pipeda-response': { outcome: 'fulfilled', refusalGround: null },
  'fadp-response': { outcome: 'fulfilled', refusalGround: null },
  refusal: { outcome: 'refused', refusalGround: null },
  'ccpa-denial': { outcome: 'refused', refusalGround: null },
  'pipeda-refusal': { outcome: 'refused', refusalGround: null },
  'fadp-refusal': { outcome: 'refused', refusalGround: null },
};

/** The acknowledgements of receipt: sending one records the request as acknowledged. */
const ACKNOWLEDGEMENTS: readonly string[] = ['acknowledgement', 'lgpd-acknowledgement', 'pipeda-acknowledgement', 'fadp-acknowledgement'];

/** The request facts the follow-up depends on. */
export interface FollowUpFacts {
  open: boolean;
  acknowledged: boolean;
  refusalGround: RefusalGround | null;
}

/** What recording a letter of `kind` as sent would also do to a request in the state `facts` describes. */
export function sentFollowUp(kind: string, facts: FollowUpFacts): SentFollowUp {
  const decision = DECISIONS[kind];
  return {
    acknowledges: ACKNOWLEDGEMENTS.includes(kind) && facts.open && !facts.acknowledged,
    close: decision && facts.open ? { outcome: decision.outcome, refusalGround: decision.refusalGround ?? facts.refusalGround } : null,
  };
}

/** Whether a letter of `kind` answers the request (so its sending may close it). */
export function isDecisionLetter(kind: string): boolean {
  return kind in DECISIONS;
}

const ACKNOWLEDGEMENT_CHANNELS: Record<DispatchChannel, RequestChannel> = {
  email: 'email',
  pec: 'email',
  post: 'post',
  'registered-post': 'post',
  hand: 'in-person',
  portal: 'web-form',
  'web-form': 'web-form',
};

/** The request-side channel an acknowledgement went by, from the way its letter was sent. */
export function acknowledgementChannel(channel: DispatchChannel): RequestChannel {
  return ACKNOWLEDGEMENT_CHANNELS[channel];
}
