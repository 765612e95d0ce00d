import type { BreachFacts } from '../../../shared/breach-facts';

/**
 * Which of the protective facts the triage may rely on. A claimed protection is set aside
 * when other facts contradict it, because relying on it would make a real risk vanish:
 * - unintelligible data (Art. 34(3)(a)) is contradicted by misuse already observed;
 * - a trusted recipient (EDPB 01/2021 case 09) must be a known one, must not have acted
 *   with malicious intent, and is contradicted by misuse.
 */
export interface Protections {
  /** The data could not be read by anyone unauthorised, and nothing says otherwise. */
  unintelligible: boolean;
  /** The only recipients are known, bound by confidentiality, and confirmed deletion or return. */
  recipientTrusted: boolean;
  /** Why a claimed protection was set aside, as a code of `msg.triage.setAside`, when it was. */
  unintelligibleSetAside?: SetAsideCode;
  recipientTrustedSetAside?: SetAsideCode;
}

/** Why a claimed protection was set aside (worded by `msg.triage.setAside.<code>`). */
export type SetAsideCode = 'recipients-unknown' | 'data-public' | 'misuse-observed' | 'deliberate' | 'misuse-readable';

function recipientObjection(facts: BreachFacts): SetAsideCode | undefined {
  if (facts.confidentiality === 'unknown-recipients') return 'recipients-unknown';
  if (facts.confidentiality === 'public') return 'data-public';
  if (facts.misuseObserved) return 'misuse-observed';
  if (facts.maliciousIntent) return 'deliberate';
  return undefined;
}

/** Decides which protections count for these facts (see the interface for the rules). */
export function protectionsInForce(facts: BreachFacts): Protections {
  const protections: Protections = { unintelligible: false, recipientTrusted: false };
  if (facts.unintelligible) {
    if (facts.misuseObserved) protections.unintelligibleSetAside = 'misuse-readable';
    else protections.unintelligible = true;
  }
  if (facts.recipientTrusted && facts.confidentiality !== 'none') {
    const objection = recipientObjection(facts);
    if (objection) protections.recipientTrustedSetAside = objection;
    else protections.recipientTrusted = true;
  }
  return protections;
}
