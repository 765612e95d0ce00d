/**
 * Whether a DPIA screening points to a DPIA, the same on both sides (the form says it live,
 * core stores it with the screening).
 *
 * - WP248 rev.01 (endorsed by the EDPB on 25 May 2018), section III.B.a: processing meeting
 *   two or more of its nine criteria will in most cases need a DPIA.
 * - The Garante's list (Provv. n. 467 of 11 October 2018, doc. web 9058979, Annex 1; Gazzetta
 *   Ufficiale n. 269 of 19 November 2018) names processing that needs one. Every item
 *   applies on its own except item 7 (innovative technologies), which the Annex applies
 *   "ogniqualvolta ricorra anche almeno un altro dei criteri individuati nel WP 248, rev. 01":
 *   only together with at least one WP248 criterion other than innovative technology itself.
 */
export function dpiaIndicated(criteria: readonly string[], garanteItems: readonly string[]): boolean {
  if (criteria.length >= 2) return true;
  const otherCriterion = criteria.some((c) => c !== 'innovative-technology');
  return garanteItems.some((item) => item !== 'innovative-technology' || otherCriterion);
}
