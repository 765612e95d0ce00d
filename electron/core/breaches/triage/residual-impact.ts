import type { BreachFacts } from '../../../shared/breach-facts';
import type { Protections } from './protections';

/**
 * What the breach left behind for the people once the protections in force are counted:
 * the EDPB's test of whether a breach is "unlikely to result in a risk" (Guidelines
 * 01/2021, cases 01, 06, 09, 10; WP250 Annex B) looks at these effects, not at the incident.
 */
export interface ResidualImpact {
  /** Readable data reached someone who is not a trusted recipient. */
  confidentiality: boolean;
  /** Availability lost for hours only (`short`), for days or for good (`lasting`), or not at all. */
  availability: 'none' | 'short' | 'lasting';
  /** Data altered beyond recovery. An alteration that was undone leaves nothing behind. */
  integrity: boolean;
}

export function residualImpact(facts: BreachFacts, protections: Protections): ResidualImpact {
  const neutralised = protections.unintelligible || protections.recipientTrusted;
  return {
    confidentiality: facts.confidentiality !== 'none' && !neutralised,
    availability: facts.availability === 'none' ? 'none' : facts.availability === 'hours' ? 'short' : 'lasting',
    integrity: facts.integrity === 'unrecoverable',
  };
}

/** True when something lasting is left: readable data out, data lost or unavailable for days, or altered for good. */
export function isMaterial(impact: ResidualImpact): boolean {
  return impact.confidentiality || impact.availability === 'lasting' || impact.integrity;
}
