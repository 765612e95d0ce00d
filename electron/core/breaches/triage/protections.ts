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
  /** Why a claimed protection was set aside, in words, when it was. */
  unintelligibleSetAside?: string;
  recipientTrustedSetAside?: string;
}

function recipientObjection(facts: BreachFacts): string | undefined {
  if (facts.confidentiality === 'unknown-recipients') return 'a trusted recipient must be a known one, and here the recipients are unknown';
  if (facts.confidentiality === 'public') return 'a trusted recipient must be a known one, and here the data was made public';
  if (facts.misuseObserved) return 'misuse of the data has been observed';
  if (facts.maliciousIntent) return 'the breach was deliberate, so the recipient cannot be relied on';
  return undefined;
}

/** Decides which protections count for these facts (see the interface for the rules). */
export function protectionsInForce(facts: BreachFacts): Protections {
  const protections: Protections = { unintelligible: false, recipientTrusted: false };
  if (facts.unintelligible) {
    if (facts.misuseObserved) protections.unintelligibleSetAside = 'misuse of the data has been observed, so it could be read';
    else protections.unintelligible = true;
  }
  if (facts.recipientTrusted && facts.confidentiality !== 'none') {
    const objection = recipientObjection(facts);
    if (objection) protections.recipientTrustedSetAside = objection;
    else protections.recipientTrusted = true;
  }
  return protections;
}
