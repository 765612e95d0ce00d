import type { BreachFacts } from '../../../electron/shared/breaches';

/** Every triage fact once (the compiler checks none is missing), for labels keyed by name. */
const names = {
  awareAt: true,
  confidentiality: true,
  integrity: true,
  availability: true,
  maliciousIntent: true,
  dataCategories: true,
  subjects: true,
  vulnerableSubjects: true,
  identifiability: true,
  unintelligible: true,
  recipientTrusted: true,
  misuseObserved: true,
  profilingVolume: true,
  dataAlreadyPublic: true,
  revealsLess: true,
  invalidData: true,
  establishments: true,
  mainEstablishment: true,
  affectedCountries: true,
} satisfies Record<keyof BreachFacts, true>;

export type FactName = keyof BreachFacts;

/** True for the name of a triage fact (the API names missing facts by these). */
export function isFactName(name: string): name is FactName {
  return Object.hasOwn(names, name);
}
