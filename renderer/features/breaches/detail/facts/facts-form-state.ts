import type { BreachFacts, BreachFactsDraft } from '../../../../../electron/shared/breaches';

export type DataCategory = BreachFacts['dataCategories'][number];

/**
 * The triage facts as the form holds them: '' or null for "not answered yet", the number of
 * people as typed. Nothing is assumed: an unanswered fact stays out of the draft, so the
 * triage says what it still needs instead of guessing.
 */
export interface FactsForm {
  confidentiality: BreachFacts['confidentiality'] | '';
  integrity: BreachFacts['integrity'] | '';
  availability: BreachFacts['availability'] | '';
  maliciousIntent: boolean | null;
  dataCategories: DataCategory[];
  subjects: string;
  vulnerableSubjects: boolean | null;
  identifiability: BreachFacts['identifiability'] | '';
  unintelligible: boolean | null;
  recipientTrusted: boolean | null;
  misuseObserved: boolean | null;
  /** ENISA's contextual factors for the data score (optional). */
  context: Record<ContextFact, boolean | null>;
  establishments: Country[];
  mainEstablishment: Country | '';
  affectedCountries: Country[];
}

/** ENISA's optional contextual factors for the data score, in the order the form shows them. */
export const CONTEXT_FACTS = ['profilingVolume', 'dataAlreadyPublic', 'revealsLess', 'invalidData'] as const;
export type ContextFact = (typeof CONTEXT_FACTS)[number];

/** An EU/EEA state code, as the triage's "where" facts take it. */
export type Country = BreachFacts['establishments'][number];

export function formFromDraft(draft: BreachFactsDraft): FactsForm {
  return {
    confidentiality: draft.confidentiality ?? '',
    integrity: draft.integrity ?? '',
    availability: draft.availability ?? '',
    maliciousIntent: draft.maliciousIntent ?? null,
    dataCategories: [...(draft.dataCategories ?? [])],
    subjects: draft.subjects === undefined ? '' : String(draft.subjects),
    vulnerableSubjects: draft.vulnerableSubjects ?? null,
    identifiability: draft.identifiability ?? '',
    unintelligible: draft.unintelligible ?? null,
    recipientTrusted: draft.recipientTrusted ?? null,
    misuseObserved: draft.misuseObserved ?? null,
    context: { profilingVolume: draft.profilingVolume ?? null, dataAlreadyPublic: draft.dataAlreadyPublic ?? null, revealsLess: draft.revealsLess ?? null, invalidData: draft.invalidData ?? null },
    establishments: [...(draft.establishments ?? [])],
    mainEstablishment: draft.mainEstablishment ?? '',
    affectedCountries: [...(draft.affectedCountries ?? [])],
  };
}

/** The number of people as typed: a whole number from 1, null when empty, 'invalid' otherwise. Group separators are allowed. */
export function parseSubjects(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed) && !/^\d{1,3}([\s.,'’]\d{3})+$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed.replace(/\D/g, ''));
  return value >= 1 && Number.isSafeInteger(value) ? value : 'invalid';
}

/** The draft for 'breaches.updateFacts' and the preview: only what has been answered. */
export function draftFromForm(form: FactsForm): BreachFactsDraft {
  const subjects = parseSubjects(form.subjects);
  const draft: BreachFactsDraft = {};
  if (form.confidentiality) draft.confidentiality = form.confidentiality;
  if (form.integrity) draft.integrity = form.integrity;
  if (form.availability) draft.availability = form.availability;
  if (form.maliciousIntent !== null) draft.maliciousIntent = form.maliciousIntent;
  if (form.dataCategories.length > 0) draft.dataCategories = [...form.dataCategories];
  if (typeof subjects === 'number') draft.subjects = subjects;
  if (form.vulnerableSubjects !== null) draft.vulnerableSubjects = form.vulnerableSubjects;
  if (form.identifiability) draft.identifiability = form.identifiability;
  if (form.unintelligible !== null) draft.unintelligible = form.unintelligible;
  if (form.recipientTrusted !== null) draft.recipientTrusted = form.recipientTrusted;
  if (form.misuseObserved !== null) draft.misuseObserved = form.misuseObserved;
  for (const fact of CONTEXT_FACTS) {
    const value = form.context[fact];
    if (value !== null) draft[fact] = value;
  }
  if (form.establishments.length > 0) draft.establishments = [...form.establishments];
  if (form.mainEstablishment !== '' && form.establishments.length > 1) draft.mainEstablishment = form.mainEstablishment;
  if (form.affectedCountries.length > 0) draft.affectedCountries = [...form.affectedCountries];
  return draft;
}

const sorted = <T extends string>(values: readonly T[] | undefined) => (values ? [...values].sort() : undefined);

/** Whether two drafts say the same (the order of lists does not matter; awareAt is the breach's, not the form's). */
export function sameDraft(a: BreachFactsDraft, b: BreachFactsDraft): boolean {
  const canonical = ({ awareAt: _awareAt, ...draft }: BreachFactsDraft) =>
    JSON.stringify(
      Object.entries({
        ...draft,
        dataCategories: sorted(draft.dataCategories),
        establishments: sorted(draft.establishments),
        affectedCountries: sorted(draft.affectedCountries),
      })
        .filter(([, value]) => value !== undefined)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return canonical(a) === canonical(b);
}
